using System.Security.Claims;

namespace Helpdesk.Infrastructure.Localization;

/// <summary>
/// Stores the language a signed-in user picks, so it follows them to every device and wins over
/// the browser's language. The Users module implements it.
/// </summary>
public interface IUserLanguagePreference
{
    Task SaveAsync(ClaimsPrincipal user, string culture, CancellationToken cancellationToken);
}
