using Helpdesk.Modularity.Security;

namespace Helpdesk.Modularity.Navigation;

/// <summary>An entry of a menu: a link, or a group of links when it has children.</summary>
public sealed class NavigationItem
{
    public required string Text { get; init; }

    public string? Url { get; init; }

    /// <summary>A Bootstrap Icons name such as <c>gear</c>.</summary>
    public string? Icon { get; init; }

    /// <summary>Lower comes first; items of different modules interleave by it.</summary>
    public int Position { get; init; }

    /// <summary>Shown only to users holding this permission.</summary>
    public Permission? Permission { get; init; }

    public List<NavigationItem> Children { get; init; } = [];
}
