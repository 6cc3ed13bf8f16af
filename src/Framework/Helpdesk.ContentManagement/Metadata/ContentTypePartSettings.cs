namespace Helpdesk.ContentManagement.Metadata;

/// <summary>How a part appears within one type; the section <c>ContentTypePartSettings</c>.</summary>
public sealed record ContentTypePartSettings
{
    /// <summary>Lower comes first when parts' shapes share a zone.</summary>
    public int Position { get; init; }

    /// <summary>Overrides the part's display name within this type.</summary>
    public string? DisplayName { get; init; }
}
