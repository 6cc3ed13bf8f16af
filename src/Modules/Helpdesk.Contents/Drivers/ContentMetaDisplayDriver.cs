using Helpdesk.ContentManagement;
using Helpdesk.ContentManagement.Display;
using Helpdesk.Contents.Services;
using Helpdesk.Contents.ViewModels;

namespace Helpdesk.Contents.Drivers;

/// <summary>Shows staff when an item was created, changed and published, in the Meta zone.</summary>
public sealed class ContentMetaDisplayDriver : IContentDisplayDriver
{
    public const string ViewName = "/Views/ContentShapes/Meta.Display.cshtml";

    private readonly SiteTimeZone _timeZone;

    public ContentMetaDisplayDriver(SiteTimeZone timeZone)
    {
        _timeZone = timeZone;
    }

    public async ValueTask<ContentShape?> BuildDisplayAsync(ContentDisplayContext context)
    {
        if (context.Audience != ContentAudience.Staff || context.DisplayType != DisplayTypes.Detail || context.Item.Id == 0)
        {
            return null;
        }

        var zone = await _timeZone.GetAsync(context.CancellationToken);
        var item = context.Item;
        var model = new ContentMetaViewModel
        {
            Created = Local(item.CreatedUtc, zone),
            Modified = Local(item.ModifiedUtc, zone),
            Published = item.PublishedUtc is { } published ? Local(published, zone) : null,
            IsPublished = item.Published,
        };

        return new ContentShape(ViewName, model) { Zone = ContentZones.Meta };
    }

    private static DateTime Local(DateTime utc, TimeZoneInfo zone) =>
        TimeZoneInfo.ConvertTimeFromUtc(DateTime.SpecifyKind(utc, DateTimeKind.Utc), zone);
}
