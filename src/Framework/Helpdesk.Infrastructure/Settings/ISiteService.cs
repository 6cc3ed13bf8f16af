namespace Helpdesk.Infrastructure.Settings;

public interface ISiteService
{
    /// <summary>The settings, or null while the site is not set up.</summary>
    Task<SiteSettings?> FindSettingsAsync(CancellationToken cancellationToken = default);

    /// <summary>The settings; throws while the site is not set up.</summary>
    Task<SiteSettings> GetSettingsAsync(CancellationToken cancellationToken = default);

    Task SaveSettingsAsync(SiteSettings settings, CancellationToken cancellationToken = default);

    /// <summary>True once setup has completed; cheap enough for every request.</summary>
    Task<bool> IsSetUpAsync(CancellationToken cancellationToken = default);
}
