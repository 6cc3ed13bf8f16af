namespace Helpdesk.Modularity.Navigation;

/// <summary>A navigation provider that adds items to the admin menu and to no other.</summary>
public abstract class AdminMenuProvider : INavigationProvider
{
    public ValueTask BuildAsync(string menuName, IList<NavigationItem> items)
    {
        if (menuName == MenuNames.Admin)
        {
            Build(items);
        }

        return ValueTask.CompletedTask;
    }

    protected abstract void Build(IList<NavigationItem> items);
}
