namespace Helpdesk.ContentManagement.Fields;

public sealed record TextFieldSettings
{
    public TextEditor Editor { get; init; } = TextEditor.SingleLine;

    /// <summary>The most characters allowed; no limit when null.</summary>
    public int? MaxLength { get; init; }

    /// <summary>A regular expression the whole text must match, e.g. <c>[A-Z]{2}-\d{6}</c> for a serial number.</summary>
    public string? Pattern { get; init; }

    /// <summary>What to tell the user when the pattern does not match, e.g. "Two letters, a dash and six digits".</summary>
    public string? PatternDescription { get; init; }

    public string? Placeholder { get; init; }
}
