using Microsoft.AspNetCore.Identity;

namespace Helpdesk.Users.Models;

/// <summary>A person who signs in: customer, agent or administrator. The e-mail address is the user name.</summary>
public sealed class User : IdentityUser
{
    /// <summary>The name shown to others, e.g. on tickets; the e-mail address when empty.</summary>
    public string DisplayName { get; set; } = "";

    /// <summary>
    /// The language the user picked, <c>de</c> or <c>en</c>. Empty until they pick one: then the
    /// language cookie, the browser and the site's default language decide, as for a visitor.
    /// </summary>
    public string Culture { get; set; } = "";

    public DateTime CreatedUtc { get; set; }

    /// <summary>When the user last signed in with their password; null until they first do.</summary>
    public DateTime? LastSignInUtc { get; set; }

    /// <summary>
    /// When the latest invitation was queued; null until staff first invite the user. It stays
    /// after the user accepts, as the account's history.
    /// </summary>
    public DateTime? InvitationSentUtc { get; set; }
}
