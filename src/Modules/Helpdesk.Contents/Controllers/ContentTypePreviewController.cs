using System.Globalization;
using Helpdesk.ContentManagement;
using Helpdesk.ContentManagement.Display;
using Helpdesk.ContentManagement.Metadata;
using Helpdesk.Contents.ViewModels;
using Helpdesk.Infrastructure.Display;
using Helpdesk.Modularity.Security;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;

namespace Helpdesk.Contents.Controllers;

/// <summary>
/// The real editor of a new item of a type, as staff or as a customer sees it; posting it
/// checks the input like saving would, but nothing is stored.
/// </summary>
[Admin]
[RequirePermission(nameof(ContentsPermissions.ManageContentTypes))]
[Route("admin/content-types/{name}/preview")]
public sealed class ContentTypePreviewController : Controller
{
    private readonly IContentDefinitionManager _definitions;
    private readonly IContentManager _contents;
    private readonly IContentDisplayManager _display;

    public ContentTypePreviewController(
        IContentDefinitionManager definitions,
        IContentManager contents,
        IContentDisplayManager display)
    {
        _definitions = definitions;
        _contents = contents;
        _display = display;
    }

    [HttpGet("")]
    public async Task<IActionResult> Index([FromRoute] string name, ContentAudience audience, CancellationToken cancellationToken)
    {
        var type = await _definitions.GetTypeAsync(name, cancellationToken);
        if (type is null)
        {
            return NotFound();
        }

        var item = await _contents.NewAsync(type.Name, cancellationToken);
        var editor = await _display.BuildEditorAsync(item, null, isNew: true, audience, cancellationToken);

        return View(new ContentTypePreviewViewModel(type.Name, DisplayName(type), editor, audience, IsValid: false));
    }

    [HttpPost("")]
    public async Task<IActionResult> Index([FromRoute] string name, ContentAudience audience, IFormCollection form, CancellationToken cancellationToken)
    {
        var type = await _definitions.GetTypeAsync(name, cancellationToken);
        if (type is null)
        {
            return NotFound();
        }

        // The form's own inputs (audience, token) are not content; only the fields' errors count.
        ModelState.Clear();
        var item = await _contents.NewAsync(type.Name, cancellationToken);
        var updater = new ContentUpdater(form, ModelState);
        var isValid = await _display.UpdateEditorAsync(item, updater, isNew: true, audience, cancellationToken);
        var editor = await _display.BuildEditorAsync(item, updater, isNew: true, audience, cancellationToken);

        return View(new ContentTypePreviewViewModel(type.Name, DisplayName(type), editor, audience, isValid));
    }

    private static string DisplayName(ContentTypeDefinition type) => type.DisplayNameFor(CultureInfo.CurrentUICulture);
}
