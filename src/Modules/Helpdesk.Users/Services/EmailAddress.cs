using System.Net.Mail;

namespace Helpdesk.Users.Services;

/// <summary>Checks e-mail addresses as people type them in forms.</summary>
public static class EmailAddress
{
    /// <summary>True for a single plain address such as <c>anna@example.com</c>; no display names, no lists.</summary>
    public static bool IsValid(string? value)
    {
        if (string.IsNullOrWhiteSpace(value) || value.Trim() != value)
        {
            return false;
        }

        return MailAddress.TryCreate(value, out var address)
            && address.Address == value
            && address.Host.Contains('.', StringComparison.Ordinal);
    }
}
