namespace Helpdesk.ContentManagement.Indexing;

/// <summary>
/// Keeps an index table in step with content items (<c>ContentItemIndex</c>, later
/// <c>TicketIndex</c>, <c>TaxonomyIndex</c>). Called inside the transaction of every save, after
/// the item's rows are written and before they are committed; the rows a provider adds or
/// changes through <see cref="IndexContext.Db"/> are saved with them. Called only while the
/// provider's feature is enabled.
/// </summary>
public interface IIndexProvider
{
    Task IndexAsync(IndexContext context);
}
