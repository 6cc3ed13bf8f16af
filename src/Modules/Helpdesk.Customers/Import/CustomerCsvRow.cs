namespace Helpdesk.Customers.Import;

/// <summary>A data row of an import file, as typed; <see cref="Row"/> counts the header as row 1, as spreadsheets do.</summary>
public sealed record CustomerCsvRow(int Row, string Email, string Name, string Phone, string Language, string Organisation);
