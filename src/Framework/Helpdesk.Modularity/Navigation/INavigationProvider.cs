namespace Helpdesk.Modularity.Navigation;

/// <summary>Adds items to a named menu; registered by a feature's startup.</summary>
public interface INavigationProvider
{
    ValueTask BuildAsync(string menuName, IList<NavigationItem> items);
}
