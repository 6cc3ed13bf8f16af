namespace Helpdesk.Infrastructure.Display;

/// <summary>
/// A step of the admin breadcrumb trail between "Admin" and the page title. An admin view
/// sets <c>ViewData[Breadcrumb.ViewDataKey] = new[] { new Breadcrumb(T["Configuration"].Value, null) }</c>;
/// the admin layout renders "Admin", these steps in order, then <c>ViewData["Title"]</c>.
/// </summary>
/// <param name="Text">The localised text.</param>
/// <param name="Url">The link, or null for a step that has no page of its own.</param>
public sealed record Breadcrumb(string Text, string? Url)
{
    public const string ViewDataKey = "Breadcrumbs";
}
