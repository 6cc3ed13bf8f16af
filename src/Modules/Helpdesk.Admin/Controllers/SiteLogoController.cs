using Helpdesk.Admin.Services;
using Helpdesk.Infrastructure.Settings;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Net.Http.Headers;

namespace Helpdesk.Admin.Controllers;

/// <summary>Serves the uploaded logo to everyone: the portal shows it before sign-in.</summary>
[AllowAnonymous]
public sealed class SiteLogoController : Controller
{
    private static readonly TimeSpan CacheLifetime = TimeSpan.FromDays(7);

    private readonly ISiteService _site;
    private readonly SiteLogoStore _logos;

    public SiteLogoController(ISiteService site, SiteLogoStore logos)
    {
        _site = site;
        _logos = logos;
    }

    [HttpGet("site/logo")]
    [HttpHead("site/logo")]
    public async Task<IActionResult> Show(CancellationToken cancellationToken)
    {
        var settings = await _site.FindSettingsAsync(cancellationToken);
        var fileName = settings?.LogoFileName;
        var path = _logos.FindPath(fileName);
        if (path is null)
        {
            return NotFound();
        }

        // The layouts link to /site/logo?v=<file name>; a new upload has a new name, hence a new URL.
        Response.GetTypedHeaders().CacheControl = new CacheControlHeaderValue
        {
            Public = true,
            MaxAge = CacheLifetime,
        };
        var format = LogoFormat.FromFileName(path)!;
        var lastModified = System.IO.File.GetLastWriteTimeUtc(path);

        return PhysicalFile(path, format.ContentType, lastModified, new EntityTagHeaderValue($"\"{fileName}\""));
    }
}
