using System.ComponentModel.DataAnnotations;
using Helpdesk.ContentManagement.Metadata;
using Helpdesk.Contents.Services;

namespace Helpdesk.Contents.ViewModels;

/// <summary>What the create and edit pages of a content type change: names, description and settings.</summary>
public sealed class ContentTypeSettingsViewModel
{
    [Required(ErrorMessage = "The display name is required.")]
    [StringLength(100, ErrorMessage = "The display name can be at most 100 characters long.")]
    public string DisplayName { get; set; } = "";

    /// <summary>The name German pages show; <see cref="DisplayName"/> when empty.</summary>
    [StringLength(100, ErrorMessage = "The German display name can be at most 100 characters long.")]
    public string? DisplayNameDe { get; set; }

    /// <summary>The technical name; derived from the display name when left empty, fixed once the type exists.</summary>
    [StringLength(100, ErrorMessage = "The technical name can be at most 100 characters long.")]
    public string? TechnicalName { get; set; }

    [StringLength(500, ErrorMessage = "The description can be at most 500 characters long.")]
    public string? Description { get; set; }

    public bool Creatable { get; set; }

    public bool Listable { get; set; }

    public bool Versionable { get; set; }

    [StringLength(50, ErrorMessage = "The stereotype can be at most 50 characters long.")]
    public string? Stereotype { get; set; }

    public static ContentTypeSettingsViewModel From(ContentTypeDefinition type)
    {
        var settings = type.TypeSettings;

        return new ContentTypeSettingsViewModel
        {
            DisplayName = type.DisplayName,
            DisplayNameDe = GermanNames.Get(type.DisplayNames),
            TechnicalName = type.Name,
            Description = type.Description,
            Creatable = settings.Creatable,
            Listable = settings.Listable,
            Versionable = settings.Versionable,
            Stereotype = settings.Stereotype,
        };
    }

    /// <summary>The type with this model's names and settings; its parts and names in other languages stay as they are.</summary>
    public ContentTypeDefinition ApplyTo(ContentTypeDefinition type)
    {
        var settings = type.TypeSettings with
        {
            Creatable = Creatable,
            Listable = Listable,
            Versionable = Versionable,
            Stereotype = string.IsNullOrWhiteSpace(Stereotype) ? null : Stereotype.Trim(),
        };

        return type with
        {
            DisplayName = DisplayName.Trim(),
            DisplayNames = GermanNames.With(type.DisplayNames, DisplayNameDe),
            Description = string.IsNullOrWhiteSpace(Description) ? null : Description.Trim(),
            Settings = type.Settings.With(settings),
        };
    }
}
