using Microsoft.AspNetCore.Identity;

namespace Helpdesk.Users.Services;

/// <summary>The lifespan of invitation links, kept apart from the other token providers'.</summary>
public sealed class InvitationTokenProviderOptions : DataProtectionTokenProviderOptions
{
}
