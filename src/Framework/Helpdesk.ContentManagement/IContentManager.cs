using Helpdesk.ContentManagement.Handlers;

namespace Helpdesk.ContentManagement;

/// <summary>
/// Creates, loads, saves, publishes and removes content items. Each change runs its handlers
/// and index providers in one transaction (the caller's, when one is open).
/// </summary>
public interface IContentManager
{
    /// <summary>A new item of the type, initialised (field defaults) but not stored.</summary>
    /// <exception cref="InvalidOperationException">The type does not exist.</exception>
    Task<ContentItem> NewAsync(string contentType, CancellationToken cancellationToken = default);

    /// <summary>
    /// Stores a new item as its first version, published with <see cref="VersionOptions.Published"/>
    /// or as a draft with <see cref="VersionOptions.Draft"/>. Fills in ids, dates, owner and author
    /// (the current user) where they are empty.
    /// </summary>
    Task CreateAsync(ContentItem item, VersionOptions options, CancellationToken cancellationToken = default);

    /// <summary>The version of an item chosen by <paramref name="options"/> (latest by default), or null.</summary>
    Task<ContentItem?> GetAsync(string contentItemId, VersionOptions? options = null, CancellationToken cancellationToken = default);

    /// <summary>The chosen versions of several items, in the order asked; ids not found are skipped.</summary>
    Task<IReadOnlyList<ContentItem>> GetManyAsync(
        IEnumerable<string> contentItemIds,
        VersionOptions? options = null,
        CancellationToken cancellationToken = default);

    /// <summary>All stored versions of an item, oldest first.</summary>
    Task<IReadOnlyList<ContentItem>> GetVersionsAsync(string contentItemId, CancellationToken cancellationToken = default);

    /// <summary>
    /// Saves the item's changes. For a type whose settings say <c>Versionable</c>, saving the
    /// published version keeps it and stores the changes as a new draft version, which the item
    /// then is (new version id, not published); otherwise the version is changed in place.
    /// </summary>
    Task UpdateAsync(ContentItem item, CancellationToken cancellationToken = default);

    /// <summary>Publishes the stored version of the item; a previously published version is unpublished.</summary>
    Task PublishAsync(ContentItem item, CancellationToken cancellationToken = default);

    /// <summary>Unpublishes whichever version of the item is published.</summary>
    Task UnpublishAsync(ContentItem item, CancellationToken cancellationToken = default);

    /// <summary>Deletes the item with all its versions and index rows.</summary>
    Task RemoveAsync(ContentItem item, CancellationToken cancellationToken = default);

    /// <summary>Asks the handlers what is wrong with the item (required fields, patterns, terms, …).</summary>
    Task<IReadOnlyList<ContentValidationError>> ValidateAsync(
        ContentItem item,
        ContentAudience audience = ContentAudience.Staff,
        CancellationToken cancellationToken = default);
}
