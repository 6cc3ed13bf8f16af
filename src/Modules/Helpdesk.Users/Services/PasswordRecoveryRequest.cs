namespace Helpdesk.Users.Services;

/// <summary>Someone asked for a new password for <paramref name="Email"/> on the site at <paramref name="RequestOrigin"/>.</summary>
public sealed record PasswordRecoveryRequest(string Email, string RequestOrigin);
