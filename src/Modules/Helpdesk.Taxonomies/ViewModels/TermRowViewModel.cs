namespace Helpdesk.Taxonomies.ViewModels;

/// <summary>A term as a line of the tree editor.</summary>
public sealed record TermRowViewModel(
    string Id,
    string Title,
    int Depth,
    bool CanMoveUp,
    bool CanMoveDown,
    bool CanIndent,
    bool CanOutdent);
