namespace Helpdesk.ContentManagement.Handlers;

/// <summary>
/// Observes the life of content items. Registered by a feature's startup; called only while
/// that feature is enabled, in feature order. Every event of a save runs inside the save's
/// transaction, so a handler may write rows of its own (an outbox entry, an index) and an
/// exception rolls everything back. Handlers of the "-ed" events must not change the item.
/// </summary>
public interface IContentHandler
{
    /// <summary>A new item was made in memory; its type is known, nothing is set yet.</summary>
    Task ActivatingAsync(ContentContext context) => Task.CompletedTask;

    /// <summary>A new item gets its initial values (field defaults).</summary>
    Task InitializingAsync(ContentContext context) => Task.CompletedTask;

    Task CreatingAsync(ContentContext context) => Task.CompletedTask;

    Task CreatedAsync(ContentContext context) => Task.CompletedTask;

    Task UpdatingAsync(ContentContext context) => Task.CompletedTask;

    Task UpdatedAsync(ContentContext context) => Task.CompletedTask;

    Task PublishingAsync(PublishContentContext context) => Task.CompletedTask;

    Task PublishedAsync(PublishContentContext context) => Task.CompletedTask;

    Task UnpublishingAsync(PublishContentContext context) => Task.CompletedTask;

    Task UnpublishedAsync(PublishContentContext context) => Task.CompletedTask;

    Task RemovingAsync(ContentContext context) => Task.CompletedTask;

    Task RemovedAsync(ContentContext context) => Task.CompletedTask;

    /// <summary>Checks the item; called by <see cref="IContentManager.ValidateAsync"/>, not by saves.</summary>
    Task ValidatingAsync(ValidateContentContext context) => Task.CompletedTask;
}
