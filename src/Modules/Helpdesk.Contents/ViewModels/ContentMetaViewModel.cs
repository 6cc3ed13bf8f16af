namespace Helpdesk.Contents.ViewModels;

/// <summary>Dates and state of an item, in the site's time zone.</summary>
public sealed class ContentMetaViewModel
{
    public DateTime Created { get; set; }

    public DateTime Modified { get; set; }

    public DateTime? Published { get; set; }

    public bool IsPublished { get; set; }
}
