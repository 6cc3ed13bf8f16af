namespace Helpdesk.BrowserTests;

/// <summary>
/// A site set up unattended from <c>helpdesk.recipe.json</c>, with everything it seeds (the
/// "products" taxonomy, the request types such as ReportProblem), served by Kestrel on a free
/// port of 127.0.0.1.
/// </summary>
public sealed class SeededBrowserSite : BrowserSiteFactory
{
    public SeededBrowserSite()
        : base(unattendedSetup: true)
    {
    }
}
