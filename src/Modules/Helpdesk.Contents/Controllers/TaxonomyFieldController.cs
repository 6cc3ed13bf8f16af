using Helpdesk.ContentManagement.Fields;
using Helpdesk.ContentManagement.Metadata;
using Helpdesk.ContentManagement.Taxonomies;
using Helpdesk.Modularity.Features;
using Helpdesk.Modularity.Security;
using Helpdesk.Contents.ViewModels;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;

namespace Helpdesk.Contents.Controllers;

/// <summary>
/// Feeds the taxonomy field's picker: the children of a term (or the top level) and terms
/// matching typed text, for one field of one type, to signed-in users who may edit that field.
/// </summary>
[Authorize]
[Route("contents/taxonomy-field")]
public sealed class TaxonomyFieldController : Controller
{
    private const int SearchLimit = 20;

    private readonly IContentDefinitionManager _definitions;
    private readonly IEnumerable<ITaxonomyTermSource> _sources;
    private readonly IFeatureGate _gate;
    private readonly IAuthorizationService _authorization;

    public TaxonomyFieldController(
        IContentDefinitionManager definitions,
        IEnumerable<ITaxonomyTermSource> sources,
        IFeatureGate gate,
        IAuthorizationService authorization)
    {
        _definitions = definitions;
        _sources = sources;
        _gate = gate;
        _authorization = authorization;
    }

    [HttpGet("{contentType}/{partName}/{fieldName}/terms")]
    public async Task<IActionResult> Terms(
        string contentType,
        string partName,
        string fieldName,
        string? parentId,
        string? q,
        CancellationToken cancellationToken)
    {
        var type = await _definitions.GetTypeAsync(contentType, cancellationToken);
        var field = type?.FindField(partName + "." + fieldName);
        var taxonomyId = field?.Definition.Settings.Get<TaxonomyFieldSettings>().TaxonomyId;
        var source = _gate.Active(_sources).FirstOrDefault();
        if (field is null || field.FieldType != nameof(TaxonomyField) || taxonomyId is null || source is null)
        {
            return NotFound();
        }

        if (!field.Settings.VisibleToCustomers && !await _authorization.HasPermissionAsync(User, ContentsPermissions.EditContent))
        {
            return Forbid();
        }

        var terms = string.IsNullOrWhiteSpace(q)
            ? await source.GetChildrenAsync(taxonomyId, string.IsNullOrEmpty(parentId) ? null : parentId, cancellationToken)
            : await source.SearchAsync(taxonomyId, q.Trim(), SearchLimit, cancellationToken);

        return Json(terms.Select(t => new
        {
            id = t.TermId,
            text = t.DisplayText,
            isLeaf = t.IsLeaf,
            path = TaxonomyFieldEditViewModel.PathIds(t),
            pathText = TaxonomyFieldEditViewModel.PathText(t),
        }));
    }
}
