namespace Helpdesk.ContentManagement.Metadata;

/// <summary>
/// Tells the Content Types admin that something other than content items still needs a type, so
/// it is not deleted: a taxonomy whose terms are of that type, for one.
/// </summary>
public interface IContentTypeUsage
{
    /// <summary>Why the type must stay, as a localised sentence; null when nothing here uses it.</summary>
    Task<string?> FindUseAsync(string typeName, CancellationToken cancellationToken);
}
