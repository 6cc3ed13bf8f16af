using Helpdesk.ContentManagement.Metadata;

namespace Helpdesk.ContentManagement.Display;

/// <summary>What every field editor shows: label, hint, errors, and the condition that hides it.</summary>
public class FieldEditorViewModel
{
    /// <summary>The field's input prefix, <c>ReportAProblem.Keyword</c>; conditions of other fields refer to it.</summary>
    public string FieldName { get; set; } = "";

    /// <summary>The name of the value's input, <c>ReportAProblem.Keyword.Text</c>.</summary>
    public string InputName { get; set; } = "";

    /// <summary>An HTML id made from the input name, <c>ReportAProblem_Keyword_Text</c>.</summary>
    public string InputId { get; set; } = "";

    public string DisplayName { get; set; } = "";

    public string? Hint { get; set; }

    public bool Required { get; set; }

    /// <summary>The condition does not hold now: render hidden; the condition script shows it.</summary>
    public bool Hidden { get; set; }

    public string? ConditionField { get; set; }

    public FieldConditionOperator? ConditionOperator { get; set; }

    public IReadOnlyList<string> ConditionValues { get; set; } = [];

    public IReadOnlyList<string> Errors { get; set; } = [];

    public bool HasErrors => Errors.Count > 0;

    /// <summary>The id of the hint element, for <c>aria-describedby</c>.</summary>
    public string HintId => InputId + "_Hint";

    public string ErrorId => InputId + "_Error";

    /// <summary>The ids the input is described by: hint and errors, when shown.</summary>
    public string? DescribedBy =>
        (Hint is null, HasErrors) switch
        {
            (true, false) => null,
            (true, true) => ErrorId,
            (false, false) => HintId,
            (false, true) => HintId + " " + ErrorId,
        };

    public static string ToId(string inputName) => inputName.Replace('.', '_');
}
