namespace Helpdesk.Taxonomies.Services;

/// <summary>How a term moves in its tree.</summary>
public enum TermMove
{
    /// <summary>Before the sibling above it.</summary>
    Up,

    /// <summary>After the sibling below it.</summary>
    Down,

    /// <summary>Beneath the sibling above it, as its last child.</summary>
    Indent,

    /// <summary>Out of its parent, right after it.</summary>
    Outdent,
}
