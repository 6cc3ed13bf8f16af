namespace Helpdesk.Customers.Import;

/// <summary>
/// The columns an import file may have; email and name are required. Headers are matched without
/// regard to case, in English or in German ("E-Mail", "Telefon", "Sprache").
/// </summary>
public static class CustomerCsvColumns
{
    public const string Email = "email";
    public const string Name = "name";
    public const string Phone = "phone";
    public const string Language = "language";
    public const string Organisation = "organisation";

    public static IReadOnlyList<string> All { get; } = [Email, Name, Phone, Language, Organisation];

    public static IReadOnlyList<string> Required { get; } = [Email, Name];

    private static readonly Dictionary<string, string> Headers = new(StringComparer.OrdinalIgnoreCase)
    {
        [Email] = Email,
        ["e-mail"] = Email,
        ["e-mail-adresse"] = Email,
        ["email address"] = Email,
        [Name] = Name,
        [Phone] = Phone,
        ["telefon"] = Phone,
        ["telefonnummer"] = Phone,
        [Language] = Language,
        ["sprache"] = Language,
        [Organisation] = Organisation,
        ["organization"] = Organisation,
        ["firma"] = Organisation,
    };

    /// <summary>The column a header names, or null for an unknown header.</summary>
    public static string? Of(string header) => Headers.GetValueOrDefault(header.Trim());
}
