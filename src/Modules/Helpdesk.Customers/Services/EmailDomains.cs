namespace Helpdesk.Customers.Services;

/// <summary>Reads and checks the e-mail domains of organisations, such as <c>muster.example</c>.</summary>
public static class EmailDomains
{
    private static readonly char[] Separators = [',', ';', ' ', '\t', '\r', '\n'];

    /// <summary>Splits a typed list (commas, semicolons, spaces or lines) into lower-case domains, without repeats.</summary>
    public static IReadOnlyList<string> Split(string? text) =>
        (text ?? "")
            .Split(Separators, StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
            .Select(Normalize)
            .Distinct(StringComparer.Ordinal)
            .ToList();

    /// <summary>The domain as stored: lower case, without a leading <c>@</c>.</summary>
    public static string Normalize(string domain) => domain.Trim().TrimStart('@').ToLowerInvariant();

    /// <summary>True for a host name with at least two labels, such as <c>muster.example</c>.</summary>
    public static bool IsValid(string domain) =>
        domain.Length <= Models.CustomersTables.DomainLength
            && domain.Contains('.', StringComparison.Ordinal)
            && !domain.StartsWith('.')
            && !domain.EndsWith('.')
            && Uri.CheckHostName(domain) == UriHostNameType.Dns;

    /// <summary>The domain of an e-mail address, lower case; empty when the address has none.</summary>
    public static string OfAddress(string email)
    {
        var at = email.LastIndexOf('@');

        return at < 0 ? "" : Normalize(email[(at + 1)..]);
    }
}
