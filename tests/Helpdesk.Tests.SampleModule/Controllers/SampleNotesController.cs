using System.Text;
using Helpdesk.Data;
using Helpdesk.Tests.SampleModule.Models;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;

namespace Helpdesk.Tests.SampleModule.Controllers;

/// <summary>
/// Lists and adds sample notes as plain text. Anonymous and without antiforgery on purpose:
/// this module exists only in the test run, and its tests post with a bare HttpClient to
/// prove that a feature's routes come and go with the feature, not to exercise sign-in or
/// forms. Product modules never do this.
/// </summary>
[AllowAnonymous]
[IgnoreAntiforgeryToken]
[Route("sample-notes")]
public sealed class SampleNotesController : Controller
{
    private readonly HelpdeskDbContext _db;

    public SampleNotesController(HelpdeskDbContext db, IStringLocalizer<SampleNotesController> localizer)
    {
        _db = db;
        S = localizer;
    }

    private IStringLocalizer<SampleNotesController> S { get; }

    [HttpGet("")]
    public async Task<IActionResult> Index(CancellationToken cancellationToken)
    {
        var notes = await _db.Set<SampleNote>().OrderBy(n => n.Id).ToListAsync(cancellationToken);

        return Content(SampleNoteText.Format(notes), "text/plain", Encoding.UTF8);
    }

    [HttpPost("")]
    public async Task<IActionResult> Add([FromForm] string? text, CancellationToken cancellationToken)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return BadRequest(S["The note text is required."].Value);
        }

        if (text.Length > SampleNoteModel.TextMaxLength)
        {
            return BadRequest(S["The note text may have at most 500 characters."].Value);
        }

        _db.Set<SampleNote>().Add(new SampleNote { Text = text.Trim(), CreatedUtc = DateTime.UtcNow });
        await _db.SaveChangesAsync(cancellationToken);

        return RedirectToAction(nameof(Index));
    }
}
