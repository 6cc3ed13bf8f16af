using Helpdesk.Infrastructure.Localization;
using Microsoft.AspNetCore.Identity;

namespace Helpdesk.Users.Models;

/// <summary>A person who signs in: customer, agent or administrator. The e-mail address is the user name.</summary>
public sealed class User : IdentityUser
{
    /// <summary>The name shown to others, e.g. on tickets; the e-mail address when empty.</summary>
    public string DisplayName { get; set; } = "";

    /// <summary>The language the user reads the site in, <c>de</c> or <c>en</c>.</summary>
    public string Culture { get; set; } = SupportedCultures.English;

    public DateTime CreatedUtc { get; set; }
}
