namespace Helpdesk.ContentManagement.Display;

/// <summary>The zones the display manager fills; layouts render the ones they have room for.</summary>
public static class ContentZones
{
    /// <summary>The fields and parts themselves.</summary>
    public const string Content = "Content";

    /// <summary>Facts about the item: dates, owner, status.</summary>
    public const string Meta = "Meta";

    /// <summary>Beside the content, e.g. properties of a ticket in the admin.</summary>
    public const string Sidebar = "Sidebar";
}
