using Helpdesk.Data;

namespace Helpdesk.Tests.Infrastructure;

/// <summary>A site set up unattended on a database of its own on the test PostgreSQL server.</summary>
public sealed class PostgresSiteFactory : HelpdeskSiteFactory
{
    public PostgresSiteFactory()
        : base(DatabaseProvider.Postgres, unattendedSetup: true)
    {
    }
}
