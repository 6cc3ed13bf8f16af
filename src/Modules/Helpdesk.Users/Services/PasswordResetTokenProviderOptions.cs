using Microsoft.AspNetCore.Identity;

namespace Helpdesk.Users.Services;

/// <summary>The lifespan of password reset links, kept apart from the other token providers'.</summary>
public sealed class PasswordResetTokenProviderOptions : DataProtectionTokenProviderOptions
{
}
