using Helpdesk.Data;

namespace Helpdesk.Tests.Infrastructure;

/// <summary>A fresh site without unattended setup: it waits for someone to fill the setup page.</summary>
public sealed class SetupPendingSiteFactory : HelpdeskSiteFactory
{
    public SetupPendingSiteFactory()
        : base(DatabaseProvider.Sqlite, unattendedSetup: false)
    {
    }
}
