using Helpdesk.Infrastructure.Settings;
using Microsoft.Extensions.Logging;

namespace Helpdesk.Contents.Services;

/// <summary>The site's time zone (<see cref="SiteSettings.TimeZoneId"/>), in which date-times are edited and shown.</summary>
public sealed class SiteTimeZone
{
    private readonly ISiteService _site;
    private readonly ILogger<SiteTimeZone> _logger;
    private TimeZoneInfo? _zone;

    public SiteTimeZone(ISiteService site, ILogger<SiteTimeZone> logger)
    {
        _site = site;
        _logger = logger;
    }

    public async Task<TimeZoneInfo> GetAsync(CancellationToken cancellationToken = default)
    {
        if (_zone is not null)
        {
            return _zone;
        }

        var settings = await _site.FindSettingsAsync(cancellationToken);
        var id = settings?.TimeZoneId ?? "UTC";
        if (!TimeZoneInfo.TryFindSystemTimeZoneById(id, out var zone))
        {
            _logger.LogWarning("The site's time zone {TimeZoneId} is unknown on this machine; using UTC", id);
            zone = TimeZoneInfo.Utc;
        }

        return _zone = zone;
    }
}
