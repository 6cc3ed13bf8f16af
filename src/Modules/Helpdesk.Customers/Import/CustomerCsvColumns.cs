namespace Helpdesk.Customers.Import;

/// <summary>The header names an import file may use; email and name are required.</summary>
public static class CustomerCsvColumns
{
    public const string Email = "email";
    public const string Name = "name";
    public const string Phone = "phone";
    public const string Language = "language";
    public const string Organisation = "organisation";

    public static IReadOnlyList<string> All { get; } = [Email, Name, Phone, Language, Organisation];

    public static IReadOnlyList<string> Required { get; } = [Email, Name];
}
