namespace Helpdesk.Infrastructure.Setup;

/// <summary>
/// Takes part in setting up a new site, after the database is ready and the recipe ran; the
/// Users module creates the administrator here.
/// </summary>
public interface ISiteSetupHandler
{
    Task SetupAsync(SiteSetupContext context, CancellationToken cancellationToken);
}
