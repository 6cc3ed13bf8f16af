using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace Helpdesk.ContentManagement;

/// <summary>
/// How content (parts, fields and their settings) is written as JSON: property names as in C#
/// (<c>Text</c>, <c>TermIds</c>), so the JSON path of a value is also its editor input name
/// (<c>ReportAProblem.Keyword.Text</c>); reading ignores case, so recipes may write camelCase.
/// </summary>
public static class ContentJson
{
    public static JsonSerializerOptions Options { get; } = CreateOptions();

    private static JsonSerializerOptions CreateOptions()
    {
        var options = new JsonSerializerOptions
        {
            PropertyNameCaseInsensitive = true,
            DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
            Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
            Converters = { new JsonStringEnumConverter() },
        };
        options.MakeReadOnly(populateMissingResolver: true);

        return options;
    }
}
