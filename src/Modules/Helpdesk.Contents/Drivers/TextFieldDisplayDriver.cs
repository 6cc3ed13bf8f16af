using System.Text.RegularExpressions;
using Helpdesk.ContentManagement.Display;
using Helpdesk.ContentManagement.Fields;
using Helpdesk.Contents.Services;
using Helpdesk.Contents.ViewModels;
using Microsoft.Extensions.Localization;
using Microsoft.Extensions.Logging;

namespace Helpdesk.Contents.Drivers;

public sealed class TextFieldDisplayDriver : ContentFieldDisplayDriver<TextField, TextFieldSettings>
{
    private static readonly TimeSpan PatternTimeout = TimeSpan.FromMilliseconds(200);

    private readonly MarkdownRenderer _markdown;
    private readonly ILogger<TextFieldDisplayDriver> _logger;

    public TextFieldDisplayDriver(
        MarkdownRenderer markdown,
        IStringLocalizer<TextFieldDisplayDriver> localizer,
        ILogger<TextFieldDisplayDriver> logger)
    {
        _markdown = markdown;
        _logger = logger;
        S = localizer;
    }

    public override string ValueProperty => nameof(TextField.Text);

    private IStringLocalizer S { get; }

    protected override bool HasValue(TextField field) => !string.IsNullOrWhiteSpace(field.Text);

    protected override IReadOnlyList<string> ConditionValues(TextField field) =>
        field.Text is null ? [] : [field.Text.Trim()];

    protected override bool ApplyDefault(TextField field, string defaultValue, TextFieldSettings settings)
    {
        field.Text = defaultValue;

        return true;
    }

    protected override ValueTask<ContentShape?> DisplayAsync(TextField field, TextFieldSettings settings, ContentFieldContext context)
    {
        var model = DisplayModel<TextFieldDisplayViewModel>(context);
        model.Text = field.Text ?? "";
        model.Editor = settings.Editor;
        model.SafeHtml = settings.Editor == TextEditor.Markdown ? _markdown.ToSafeHtml(field.Text) : null;

        return ValueTask.FromResult<ContentShape?>(DisplayShape(context, model));
    }

    protected override ValueTask<ContentShape?> EditAsync(TextField field, TextFieldSettings settings, ContentFieldContext context)
    {
        var model = EditorModel<TextFieldEditViewModel>(context);
        model.Text = context.Content.IsPostBack ? context.Posted(ValueProperty).ToString() : field.Text;
        model.Editor = settings.Editor;
        model.MaxLength = settings.MaxLength;
        model.Placeholder = settings.Placeholder;

        return ValueTask.FromResult<ContentShape?>(EditorShape(context, model));
    }

    protected override ValueTask<TextField?> UpdateAsync(TextFieldSettings settings, ContentFieldContext context)
    {
        var posted = context.Posted(ValueProperty).ToString();
        var text = settings.Editor == TextEditor.SingleLine ? posted.Trim() : posted.TrimEnd();

        return ValueTask.FromResult<TextField?>(new TextField { Text = text.Length == 0 ? null : text });
    }

    protected override Task ValidateAsync(TextField field, TextFieldSettings settings, ContentFieldContext context)
    {
        var text = field.Text ?? "";
        var name = context.Field.DisplayName;
        if (settings.MaxLength is { } maxLength && text.Length > maxLength)
        {
            context.AddError(ValueProperty, S["{0} can be at most {1} characters long.", name, maxLength]);
        }
        else if (!string.IsNullOrEmpty(settings.Pattern) && !Matches(text, settings.Pattern, context))
        {
            context.AddError(ValueProperty, string.IsNullOrWhiteSpace(settings.PatternDescription)
                ? S["{0} is not in the expected form.", name]
                : S["{0} is not in the expected form: {1}", name, settings.PatternDescription]);
        }

        return Task.CompletedTask;
    }

    private bool Matches(string text, string pattern, ContentFieldContext context)
    {
        try
        {
            return Regex.IsMatch(text, "^(?:" + pattern + ")$", RegexOptions.CultureInvariant, PatternTimeout);
        }
        catch (RegexMatchTimeoutException)
        {
            return false;
        }
        catch (ArgumentException exception)
        {
            _logger.LogWarning(exception, "The pattern of {Field} is not a valid regular expression", context.Field.InputPrefix);
            return true;
        }
    }
}
