using Helpdesk.ContentManagement.Metadata;

namespace Helpdesk.Contents.ViewModels;

/// <summary>The edit page of a content type: its settings form, its parts and its fields.</summary>
public sealed class ContentTypeEditViewModel
{
    public required ContentTypeDefinition Type { get; init; }

    public required ContentTypeSettingsViewModel Settings { get; init; }

    public IReadOnlyList<ContentTypePartEntry> Parts { get; init; } = [];

    public IReadOnlyList<ContentTypeField> Fields { get; init; } = [];

    public int ItemCount { get; init; }

    /// <summary>Parts defined on the site that the type does not use yet.</summary>
    public IReadOnlyList<string> AvailableParts { get; init; } = [];

    /// <summary>The add-part form's input, kept after an error.</summary>
    public string? NewPartName { get; init; }
}
