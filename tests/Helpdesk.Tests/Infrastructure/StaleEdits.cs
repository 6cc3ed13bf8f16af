using System.Net;
using System.Text.RegularExpressions;

namespace Helpdesk.Tests.Infrastructure;

/// <summary>Reads the version an edit form carries, to post it as a browser would.</summary>
public static partial class StaleEdits
{
    public static string Stamp(string page)
    {
        var match = StampInput().Match(page);
        Assert.True(match.Success, "The form carries no ConcurrencyStamp.");

        return WebUtility.HtmlDecode(match.Groups["value"].Value);
    }

    [GeneratedRegex("name=\"ConcurrencyStamp\" value=\"(?<value>[^\"]*)\"")]
    private static partial Regex StampInput();
}
