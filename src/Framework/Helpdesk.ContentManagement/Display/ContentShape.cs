namespace Helpdesk.ContentManagement.Display;

/// <summary>
/// One piece of an item's display or editor: a Razor view (looked up theme-first, so a theme
/// overrides it by a file at the same path) and its model, placed in a zone by position.
/// </summary>
public sealed class ContentShape
{
    public ContentShape(string viewName, object model)
    {
        ViewName = viewName;
        Model = model;
    }

    /// <summary>The view's path, e.g. <c>/Views/Fields/TextField.Edit.cshtml</c>.</summary>
    public string ViewName { get; }

    public object Model { get; }

    public string Zone { get; init; } = ContentZones.Content;

    /// <summary>Lower comes first within the zone; equal positions keep the order they were built in.</summary>
    public int Position { get; init; }

    /// <summary>What the shape shows, e.g. the field's input prefix <c>ReportAProblem.Keyword</c>.</summary>
    public string? Name { get; init; }

    public override string ToString() => Name ?? ViewName;
}
