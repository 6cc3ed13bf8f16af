namespace Helpdesk.ContentManagement.Fields;

public sealed record UserPickerFieldSettings
{
    public bool Multiple { get; init; }

    /// <summary>Only users in one of these roles may be chosen (e.g. <c>Agent</c>); anyone when empty.</summary>
    public IReadOnlyList<string> Roles { get; init; } = [];
}
