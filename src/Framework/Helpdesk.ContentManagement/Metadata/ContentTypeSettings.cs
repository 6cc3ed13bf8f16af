namespace Helpdesk.ContentManagement.Metadata;

/// <summary>What a content type allows; the section <c>ContentTypeSettings</c> of its settings.</summary>
public sealed record ContentTypeSettings
{
    /// <summary>Items of the type can be created from the UI.</summary>
    public bool Creatable { get; init; }

    /// <summary>Items of the type are listed in the admin content list.</summary>
    public bool Listable { get; init; }

    /// <summary>Saving a published item keeps the published version and adds a draft.</summary>
    public bool Versionable { get; init; }

    /// <summary>The role the type plays, e.g. <c>Ticket</c> for request types or <c>Taxonomy</c>.</summary>
    public string? Stereotype { get; init; }
}
