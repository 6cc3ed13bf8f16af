namespace Helpdesk.Users.Services;

/// <summary>What staff set about a user: the name shown to others, the address they sign in with, their language.</summary>
public sealed record UserProfile(string DisplayName, string Email, string Culture);
