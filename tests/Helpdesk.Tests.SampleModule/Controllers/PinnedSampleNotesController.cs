using System.Text;
using Helpdesk.Data;
using Helpdesk.Modularity.Manifest;
using Helpdesk.Tests.SampleModule.Models;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;

namespace Helpdesk.Tests.SampleModule.Controllers;

/// <summary>
/// The pinned notes, a page of the second feature. Anonymous and without antiforgery for the
/// same reason as <see cref="SampleNotesController"/>: it exists only in the test run.
/// </summary>
[AllowAnonymous]
[IgnoreAntiforgeryToken]
[Feature(SampleFeatures.Pinned)]
[Route("sample-notes/pinned")]
public sealed class PinnedSampleNotesController : Controller
{
    private readonly HelpdeskDbContext _db;

    public PinnedSampleNotesController(HelpdeskDbContext db, IStringLocalizer<PinnedSampleNotesController> localizer)
    {
        _db = db;
        S = localizer;
    }

    private IStringLocalizer<PinnedSampleNotesController> S { get; }

    [HttpGet("")]
    public async Task<IActionResult> Index(CancellationToken cancellationToken)
    {
        var notes = await _db.Set<SampleNote>().Where(n => n.Pinned).OrderBy(n => n.Id).ToListAsync(cancellationToken);

        return Content(SampleNoteText.Format(notes), "text/plain", Encoding.UTF8);
    }

    [HttpPost("{id:int}")]
    public async Task<IActionResult> Pin(int id, CancellationToken cancellationToken)
    {
        var note = await _db.Set<SampleNote>().FindAsync([id], cancellationToken);
        if (note is null)
        {
            return NotFound(S["No such note."].Value);
        }

        note.Pinned = true;
        await _db.SaveChangesAsync(cancellationToken);

        return RedirectToAction(nameof(Index));
    }
}
