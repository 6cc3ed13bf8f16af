using Helpdesk.Data;
using Helpdesk.Tests.Infrastructure;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Extensions.DependencyInjection;

namespace Helpdesk.BrowserTests;

/// <summary>
/// A fresh site, not set up yet, served by Kestrel on a free port of 127.0.0.1 so that a real
/// browser can reach it.
/// </summary>
public class BrowserSiteFactory : HelpdeskSiteFactory
{
    public BrowserSiteFactory()
        : this(unattendedSetup: false)
    {
    }

    /// <param name="unattendedSetup">True sets the site up from the test recipe before it serves.</param>
    protected BrowserSiteFactory(bool unattendedSetup)
        : base(DatabaseProvider.Sqlite, unattendedSetup)
    {
        UseKestrel(0);
    }

    /// <summary>The address Kestrel listens on, e.g. <c>http://127.0.0.1:41234/</c>.</summary>
    public Uri Address
    {
        get
        {
            var addresses = Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()
                ?? throw new InvalidOperationException("The server reports no addresses: did the site start?");

            return new Uri(addresses.Addresses.First());
        }
    }
}
