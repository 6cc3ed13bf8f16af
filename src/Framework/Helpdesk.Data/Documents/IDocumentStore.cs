namespace Helpdesk.Data.Documents;

/// <summary>
/// Loads and saves singleton documents, one per type, cached in memory. Each call returns a
/// fresh copy, so changing it changes nothing until it is saved.
/// </summary>
public interface IDocumentStore
{
    /// <summary>The stored document, or null when none was saved yet.</summary>
    Task<T?> FindAsync<T>(CancellationToken cancellationToken = default)
        where T : Document;

    /// <summary>The stored document, or a new one when none was saved yet.</summary>
    Task<T> GetAsync<T>(CancellationToken cancellationToken = default)
        where T : Document, new();

    /// <summary>Saves the document; throws <see cref="DocumentConcurrencyException"/> when it is stale.</summary>
    Task SaveAsync<T>(T document, CancellationToken cancellationToken = default)
        where T : Document;
}
