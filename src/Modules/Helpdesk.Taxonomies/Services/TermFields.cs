using System.Text.Json.Nodes;
using Helpdesk.ContentManagement;
using Helpdesk.ContentManagement.Display;
using Helpdesk.ContentManagement.Metadata;
using Helpdesk.Taxonomies.Models;

namespace Helpdesk.Taxonomies.Services;

/// <summary>
/// The fields an administrator gave a taxonomy's term type, edited on the term's page with the
/// same editors and checks as any content item; the values are kept in <see cref="TaxonomyTerm.Content"/>.
/// </summary>
public sealed class TermFields
{
    private readonly IContentDefinitionManager _definitions;
    private readonly IContentManager _contents;
    private readonly IContentDisplayManager _display;

    public TermFields(IContentDefinitionManager definitions, IContentManager contents, IContentDisplayManager display)
    {
        _definitions = definitions;
        _contents = contents;
        _display = display;
    }

    /// <summary>
    /// The editor of the term's fields, or null when the term type is gone; pass the updater
    /// after a failed save so that the inputs show what was posted and their errors.
    /// </summary>
    /// <param name="part">The taxonomy, whose term type the fields belong to.</param>
    /// <param name="term">The term, or null for a new one.</param>
    /// <param name="updater">The failed save, or null.</param>
    /// <param name="cancellationToken">Cancels reading the definitions.</param>
    public async Task<ContentDisplayModel?> BuildEditorAsync(
        TaxonomyPart part,
        TaxonomyTerm? term,
        ContentUpdater? updater,
        CancellationToken cancellationToken)
    {
        var item = await ItemOfAsync(part, term, cancellationToken);

        return item is null
            ? null
            : await _display.BuildEditorAsync(item, updater, term is null, ContentAudience.Staff, cancellationToken);
    }

    /// <summary>
    /// Reads and checks the posted fields; errors go to the updater's ModelState beside each
    /// input. Returns the values to store (the term's old ones when the term type is gone).
    /// </summary>
    public async Task<JsonObject?> ReadAsync(
        TaxonomyPart part,
        TaxonomyTerm? term,
        ContentUpdater updater,
        CancellationToken cancellationToken)
    {
        var item = await ItemOfAsync(part, term, cancellationToken);
        if (item is null)
        {
            return term?.Content;
        }

        await _display.UpdateEditorAsync(item, updater, term is null, ContentAudience.Staff, cancellationToken);

        return item.Content;
    }

    // A term is no stored item: a transient one of the term type carries its values to the editors.
    private async Task<ContentItem?> ItemOfAsync(TaxonomyPart part, TaxonomyTerm? term, CancellationToken cancellationToken)
    {
        if (await _definitions.GetTypeAsync(part.TermContentType, cancellationToken) is null)
        {
            return null;
        }

        var item = await _contents.NewAsync(part.TermContentType, cancellationToken);
        if (term?.Content is { } content)
        {
            item.Content = content.DeepClone().AsObject();
        }

        return item;
    }
}
