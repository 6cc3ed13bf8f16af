using Helpdesk.Infrastructure.Display;
using Helpdesk.Infrastructure.Identity;
using Helpdesk.Modularity.Security;
using Helpdesk.PortalTheme.Services;
using Helpdesk.PortalTheme.ViewModels;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;

namespace Helpdesk.PortalTheme.Controllers;

/// <summary>The portal's start page: a welcome for visitors, a greeting for signed-in users.</summary>
[AllowAnonymous]
public sealed class PortalHomeController : Controller
{
    private readonly PortalBrandingService _branding;
    private readonly IAuthorizationService _authorization;

    public PortalHomeController(PortalBrandingService branding, IAuthorizationService authorization)
    {
        _branding = branding;
        _authorization = authorization;
    }

    [HttpGet("")]
    public async Task<IActionResult> Index(CancellationToken cancellationToken)
    {
        var branding = await _branding.GetAsync(cancellationToken);
        var signedIn = User.Identity?.IsAuthenticated == true;

        var model = new PortalHomeViewModel
        {
            SiteName = branding.SiteName,
            SupportPhone = branding.SupportPhone,
            SupportEmail = branding.SupportEmail,
            UserEmail = signedIn ? SignedInUser.EmailOf(User) : null,
            UserName = signedIn ? SignedInUser.NameOf(User) : null,
            CanAccessAdmin = signedIn && await CanAccessAdminAsync(),
        };

        return View(model);
    }

    private async Task<bool> CanAccessAdminAsync()
    {
        var requirement = new PermissionRequirement(AdminAttribute.AccessAdminPanel);
        var result = await _authorization.AuthorizeAsync(User, resource: null, requirement);

        return result.Succeeded;
    }
}
