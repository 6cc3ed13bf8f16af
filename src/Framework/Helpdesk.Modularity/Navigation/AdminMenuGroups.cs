namespace Helpdesk.Modularity.Navigation;

/// <summary>
/// Groups of the admin menu that several modules put pages into. The navigation manager merges
/// groups of equal text, so each module adds the group holding only its own pages.
/// </summary>
public static class AdminMenuGroups
{
    public const int ConfigurationPosition = 900;

    /// <summary>The "Configuration" group with the given pages.</summary>
    /// <param name="text">The group's localised text, <c>S["Configuration"]</c>.</param>
    /// <param name="pages">The module's pages in the group.</param>
    public static NavigationItem Configuration(string text, params NavigationItem[] pages) => new()
    {
        Text = text,
        Icon = "sliders",
        Position = ConfigurationPosition,
        Children = [.. pages],
    };
}
