namespace Helpdesk.ContentManagement;

/// <summary>Which version of an item to load or create.</summary>
public sealed class VersionOptions
{
    private VersionOptions(VersionKind kind, string? versionId = null)
    {
        Kind = kind;
        VersionId = versionId;
    }

    /// <summary>Load the newest version, published or not.</summary>
    public static VersionOptions Latest { get; } = new(VersionKind.Latest);

    /// <summary>Load the published version; create an item published at once.</summary>
    public static VersionOptions Published { get; } = new(VersionKind.Published);

    /// <summary>Create an item as a draft that visitors do not see.</summary>
    public static VersionOptions Draft { get; } = new(VersionKind.Draft);

    public VersionKind Kind { get; }

    /// <summary>The version id for <see cref="VersionKind.Version"/>.</summary>
    public string? VersionId { get; }

    /// <summary>Load one particular version.</summary>
    public static VersionOptions ForVersion(string contentItemVersionId)
    {
        ArgumentException.ThrowIfNullOrEmpty(contentItemVersionId);

        return new VersionOptions(VersionKind.Version, contentItemVersionId);
    }

    public override string ToString() => VersionId is null ? Kind.ToString() : $"{Kind} {VersionId}";
}
