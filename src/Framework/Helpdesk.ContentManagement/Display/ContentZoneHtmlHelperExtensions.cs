using Microsoft.AspNetCore.Html;
using Microsoft.AspNetCore.Mvc.Rendering;

namespace Helpdesk.ContentManagement.Display;

public static class ContentZoneHtmlHelperExtensions
{
    /// <summary>Renders the shapes of one zone, in position order, each through its view.</summary>
    public static async Task<IHtmlContent> ZoneAsync(this IHtmlHelper html, ContentDisplayModel model, string zoneName)
    {
        var shapes = model.Zone(zoneName);
        if (shapes.Count == 0)
        {
            return HtmlString.Empty;
        }

        var content = new HtmlContentBuilder(shapes.Count);
        foreach (var shape in shapes)
        {
            content.AppendHtml(await html.PartialAsync(shape.ViewName, shape.Model));
        }

        return content;
    }
}
