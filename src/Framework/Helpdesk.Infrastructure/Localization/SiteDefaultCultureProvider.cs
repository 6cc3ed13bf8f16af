using Helpdesk.Infrastructure.Settings;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Localization;
using Microsoft.Extensions.DependencyInjection;

namespace Helpdesk.Infrastructure.Localization;

/// <summary>The site's default language, the last choice after user, cookie and browser.</summary>
public sealed class SiteDefaultCultureProvider : RequestCultureProvider
{
    public override async Task<ProviderCultureResult?> DetermineProviderCultureResult(HttpContext httpContext)
    {
        var site = httpContext.RequestServices.GetRequiredService<ISiteService>();
        var settings = await site.FindSettingsAsync(httpContext.RequestAborted);

        return settings is null ? null : new ProviderCultureResult(settings.DefaultLanguage);
    }
}
