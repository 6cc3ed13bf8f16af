namespace Helpdesk.ContentManagement.Display;

/// <summary>How an item is shown; drivers may build different shapes for each.</summary>
public static class DisplayTypes
{
    public const string Detail = "Detail";
    public const string Summary = "Summary";
    public const string Edit = "Edit";
}
