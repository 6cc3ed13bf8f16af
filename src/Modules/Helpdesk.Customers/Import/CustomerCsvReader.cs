using System.Text;
using CsvHelper;
using Microsoft.Extensions.Localization;

namespace Helpdesk.Customers.Import;

/// <summary>
/// Reads an import file: UTF-8 (with or without byte order mark) or, failing that, Windows-1252
/// as Excel's plain "CSV" format writes it; a header row; fields separated by commas or by
/// semicolons (as German Excel writes them), quoted where needed.
/// </summary>
public sealed class CustomerCsvReader
{
    public const int MaxRows = 5000;

    private static readonly UTF8Encoding StrictUtf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);
    private static readonly Encoding Windows1252 = CodePagesEncodingProvider.Instance.GetEncoding(1252)!;

    public CustomerCsvReader(IStringLocalizer<CustomerCsvReader> localizer)
    {
        S = localizer;
    }

    private IStringLocalizer S { get; }

    /// <summary>The rows of the file, or the errors that stop it from being read at all.</summary>
    public (IReadOnlyList<CustomerCsvRow> Rows, IReadOnlyList<ImportError> Errors) Read(byte[] content)
    {
        // Text files hold no NUL bytes; a workbook (.xlsx) or other binary file does.
        if (content.Contains((byte)0))
        {
            return ([], [new ImportError(0, S["The file is not a CSV text file. In Excel, use \"Save as\" and choose a CSV format."])]);
        }

        var text = Decode(content);

        try
        {
            return ReadRows(text);
        }
        catch (CsvFormatException exception)
        {
            var row = exception.LineNumber > 0 ? (int)exception.LineNumber : 0;

            return ([], [new ImportError(row, S["The row is not valid CSV; check its quotes."])]);
        }
    }

    private (IReadOnlyList<CustomerCsvRow>, IReadOnlyList<ImportError>) ReadRows(string text)
    {
        using var csv = CsvReader.FromText(text, Options(text));
        var columns = Columns(csv.Headers, out var headerErrors);
        if (headerErrors.Count > 0)
        {
            return ([], headerErrors);
        }

        var rows = new List<CustomerCsvRow>();
        while (csv.Read())
        {
            if (rows.Count == MaxRows)
            {
                return ([], [new ImportError(0, S["The file has more than {0} rows; split it into smaller files.", MaxRows])]);
            }

            rows.Add(new CustomerCsvRow(
                (int)csv.LineNumber,
                Field(csv, columns, CustomerCsvColumns.Email),
                Field(csv, columns, CustomerCsvColumns.Name),
                Field(csv, columns, CustomerCsvColumns.Phone),
                Field(csv, columns, CustomerCsvColumns.Language),
                Field(csv, columns, CustomerCsvColumns.Organisation)));
        }

        return rows.Count == 0
            ? ([], [new ImportError(0, S["The file has no rows below the header."])])
            : (rows, []);
    }

    private Dictionary<string, int> Columns(IReadOnlyList<string> headers, out List<ImportError> errors)
    {
        errors = [];
        var columns = new Dictionary<string, int>(StringComparer.OrdinalIgnoreCase);
        for (var i = 0; i < headers.Count; i++)
        {
            var header = headers[i].Trim();
            var column = CustomerCsvColumns.Of(header);
            if (column is null)
            {
                errors.Add(new ImportError(1, S["The column \"{0}\" is unknown; the columns are: {1}.", header, string.Join(", ", CustomerCsvColumns.All)]));
            }
            else if (!columns.TryAdd(column, i))
            {
                errors.Add(new ImportError(1, S["The column \"{0}\" appears twice.", header]));
            }
        }

        foreach (var missing in CustomerCsvColumns.Required.Where(r => !columns.ContainsKey(r)))
        {
            errors.Add(new ImportError(1, S["The column \"{0}\" is missing; the first row must name the columns.", missing]));
        }

        return columns;
    }

    private static string Field(CsvReader csv, Dictionary<string, int> columns, string column) =>
        columns.TryGetValue(column, out var index) && index < csv.FieldCount ? (csv.GetString(index) ?? "").Trim() : "";

    private static CsvReaderOptions Options(string text) => CsvReaderOptions.Default with
    {
        Separator = SeparatorOf(text),
        HasHeader = true,
        TrimWhitespace = true,
        TrackLineNumbers = true,
        SkipEmptyLines = true,
        MalformedData = CsvMalformedDataHandling.Throw,
    };

    // The header names hold neither commas nor semicolons, so the header line tells which one separates.
    private static char SeparatorOf(string text)
    {
        var end = text.IndexOfAny(['\r', '\n']);
        var header = end < 0 ? text : text[..end];

        return header.Count(c => c == ';') > header.Count(c => c == ',') ? ';' : ',';
    }

    private static string Decode(byte[] content)
    {
        try
        {
            var text = StrictUtf8.GetString(content);

            return text.StartsWith('\uFEFF') ? text[1..] : text;
        }
        catch (DecoderFallbackException)
        {
            return Windows1252.GetString(content);
        }
    }
}
