using Helpdesk.Users.Models;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace Helpdesk.Users.Services;

/// <summary>
/// Makes and checks the codes of password reset links. A code carries the user's security
/// stamp, so it works once: setting the password changes the stamp.
/// </summary>
public sealed class PasswordResetTokenProvider : DataProtectorTokenProvider<User>
{
    public const string ProviderName = "HelpdeskPasswordReset";

    public PasswordResetTokenProvider(
        IDataProtectionProvider dataProtectionProvider,
        IOptions<PasswordResetTokenProviderOptions> options,
        ILogger<DataProtectorTokenProvider<User>> logger)
        : base(dataProtectionProvider, options, logger)
    {
    }
}
