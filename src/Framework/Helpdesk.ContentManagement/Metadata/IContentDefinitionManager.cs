namespace Helpdesk.ContentManagement.Metadata;

/// <summary>
/// Reads and changes content types and parts. Reads come from an immutable snapshot shared by
/// all requests; a saved change is seen at once by the saving scope and by every request that
/// starts after the transaction commits.
/// </summary>
public interface IContentDefinitionManager
{
    /// <summary>The current snapshot (the same object for the whole scope unless it saves).</summary>
    Task<ContentDefinitions> GetDefinitionsAsync(CancellationToken cancellationToken = default);

    /// <summary>The type with its parts and fields resolved, or null.</summary>
    Task<ContentTypeDefinition?> GetTypeAsync(string name, CancellationToken cancellationToken = default);

    Task<ContentPartDefinition?> GetPartAsync(string name, CancellationToken cancellationToken = default);

    /// <summary>
    /// Creates or replaces the type of the same name. Parts it names that have no definition
    /// yet get an empty one (parts implemented in code).
    /// </summary>
    /// <exception cref="ContentDefinitionException">A name is not valid or appears twice.</exception>
    Task SaveTypeAsync(ContentTypeDefinition type, CancellationToken cancellationToken = default);

    /// <summary>Creates or replaces the part of the same name.</summary>
    /// <exception cref="ContentDefinitionException">A name is not valid or appears twice.</exception>
    Task SavePartAsync(ContentPartDefinition part, CancellationToken cancellationToken = default);

    /// <summary>Creates or replaces several parts and types at once (recipes), parts first.</summary>
    Task SaveAsync(
        IEnumerable<ContentPartDefinition> parts,
        IEnumerable<ContentTypeDefinition> types,
        CancellationToken cancellationToken = default);

    /// <summary>Deletes a type that no item uses.</summary>
    /// <exception cref="ContentDefinitionException">Items of the type exist.</exception>
    Task DeleteTypeAsync(string name, CancellationToken cancellationToken = default);

    /// <summary>Deletes a part that no type uses.</summary>
    /// <exception cref="ContentDefinitionException">A type uses the part.</exception>
    Task DeletePartAsync(string name, CancellationToken cancellationToken = default);

    /// <summary>How many items (counted once, whatever their versions) are of the type.</summary>
    Task<int> CountItemsAsync(string typeName, CancellationToken cancellationToken = default);
}
