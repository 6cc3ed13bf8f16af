namespace Helpdesk.ContentManagement.Fields;

public sealed record ContentPickerFieldSettings
{
    public bool Multiple { get; init; }

    /// <summary>The types whose items may be chosen; any type when empty.</summary>
    public IReadOnlyList<string> ContentTypes { get; init; } = [];
}
