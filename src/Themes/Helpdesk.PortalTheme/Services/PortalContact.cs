namespace Helpdesk.PortalTheme.Services;

public static class PortalContact
{
    /// <summary>
    /// The number as a <c>tel:</c> link needs it: digits and a leading plus only, so that
    /// "089 2196677-20" dials on every phone.
    /// </summary>
    public static string TelephoneUri(string phone)
    {
        var digits = new string(phone.Where(char.IsAsciiDigit).ToArray());

        return phone.TrimStart().StartsWith('+') ? "+" + digits : digits;
    }
}
