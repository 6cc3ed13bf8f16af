namespace Helpdesk.ContentManagement.Display;

/// <summary>
/// Composes an item's display and editor from the drivers of its fields, parts and the item
/// itself, into zones ordered by position. Render a zone with
/// <c>@await Html.ZoneAsync(Model, ContentZones.Content)</c>.
/// </summary>
public interface IContentDisplayManager
{
    /// <summary>The item as shown; fields a customer may not see are left out for customers.</summary>
    Task<ContentDisplayModel> BuildDisplayAsync(
        ContentItem item,
        string displayType,
        ContentAudience audience,
        CancellationToken cancellationToken = default);

    /// <summary>
    /// The item's editor. Pass the updater after a failed update so that every input shows what
    /// was posted and its errors; null for a fresh editor.
    /// </summary>
    Task<ContentDisplayModel> BuildEditorAsync(
        ContentItem item,
        ContentUpdater? updater,
        bool isNew,
        ContentAudience audience,
        CancellationToken cancellationToken = default);

    /// <summary>
    /// Reads the posted editor into the item and validates it: fields hidden by their condition
    /// are neither required nor stored, fields the audience cannot see are left untouched.
    /// Errors go to the updater's ModelState keyed by input name. Returns true when valid;
    /// the caller then saves the item through <see cref="IContentManager"/>.
    /// </summary>
    Task<bool> UpdateEditorAsync(
        ContentItem item,
        ContentUpdater updater,
        bool isNew,
        ContentAudience audience,
        CancellationToken cancellationToken = default);
}
