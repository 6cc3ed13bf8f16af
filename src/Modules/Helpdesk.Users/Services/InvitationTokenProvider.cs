using Helpdesk.Users.Models;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace Helpdesk.Users.Services;

/// <summary>
/// Makes and checks the codes of invitation links. A code carries the user's security stamp, so
/// it dies when the password is set or a newer invitation is sent.
/// </summary>
public sealed class InvitationTokenProvider : DataProtectorTokenProvider<User>
{
    public const string ProviderName = "HelpdeskInvitation";
    public const string Purpose = "Invitation";

    public InvitationTokenProvider(
        IDataProtectionProvider dataProtectionProvider,
        IOptions<InvitationTokenProviderOptions> options,
        ILogger<DataProtectorTokenProvider<User>> logger)
        : base(dataProtectionProvider, options, logger)
    {
    }
}
