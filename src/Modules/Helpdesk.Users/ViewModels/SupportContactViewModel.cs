using Helpdesk.Infrastructure.Settings;

namespace Helpdesk.Users.ViewModels;

/// <summary>Whom to contact when a link no longer works: the site's support phone and e-mail.</summary>
public sealed class SupportContactViewModel
{
    public string? Phone { get; init; }

    public string? Email { get; init; }

    /// <summary>False when the site settings name no support phone or address.</summary>
    public bool IsKnown => Phone is not null || Email is not null;

    public static SupportContactViewModel From(SiteSettings? site) => new()
    {
        Phone = string.IsNullOrWhiteSpace(site?.SupportPhone) ? null : site.SupportPhone,
        Email = string.IsNullOrWhiteSpace(site?.SupportEmail) ? null : site.SupportEmail,
    };
}
