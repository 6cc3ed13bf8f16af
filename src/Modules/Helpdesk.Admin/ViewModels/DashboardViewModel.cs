using Helpdesk.Infrastructure.Display;
using Helpdesk.Infrastructure.Settings;
using Helpdesk.Modularity.Navigation;

namespace Helpdesk.Admin.ViewModels;

public sealed class DashboardViewModel
{
    public required SiteSettings Settings { get; init; }

    /// <summary>The admin menu sections this user may open, without the dashboard itself.</summary>
    public required IReadOnlyList<NavigationItem> Sections { get; init; }

    public required int EnabledFeatures { get; init; }

    public required int TotalFeatures { get; init; }

    public required bool CanManageSettings { get; init; }

    /// <summary>What needs this user's attention, from every module.</summary>
    public required IReadOnlyList<AdminAlert> Alerts { get; init; }
}
