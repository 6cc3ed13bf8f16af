using Helpdesk.Infrastructure.Localization;
using Helpdesk.Modularity.Features;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Localization;
using Microsoft.AspNetCore.Mvc;

namespace Helpdesk.Admin.Controllers;

/// <summary>
/// Remembers the language a visitor picked in the header, for a year, and for a signed-in user
/// as their own preference.
/// </summary>
[AllowAnonymous]
public sealed class CultureController : Controller
{
    private readonly IEnumerable<IUserLanguagePreference> _preferences;
    private readonly IFeatureGate _gate;

    public CultureController(IEnumerable<IUserLanguagePreference> preferences, IFeatureGate gate)
    {
        _preferences = preferences;
        _gate = gate;
    }

    [HttpPost("culture")]
    public async Task<IActionResult> Change(string? culture, string? returnUrl)
    {
        if (SupportedCultures.IsSupported(culture))
        {
            await SaveUserPreferenceAsync(culture!);
            Response.Cookies.Append(
                CookieRequestCultureProvider.DefaultCookieName,
                CookieRequestCultureProvider.MakeCookieValue(new RequestCulture(culture!)),
                new CookieOptions
                {
                    Expires = DateTimeOffset.UtcNow.AddYears(1),
                    IsEssential = true,
                    HttpOnly = true,
                    Secure = Request.IsHttps,
                    SameSite = SameSiteMode.Lax,
                });
        }

        return LocalRedirect(Url.IsLocalUrl(returnUrl) ? returnUrl : "~/");
    }

    // A signed-in user's stored language comes before the cookie, so it must change too.
    private async Task SaveUserPreferenceAsync(string culture)
    {
        if (User.Identity?.IsAuthenticated != true)
        {
            return;
        }

        foreach (var preference in _gate.Active(_preferences))
        {
            await preference.SaveAsync(User, culture, HttpContext.RequestAborted);
        }
    }
}
