namespace Helpdesk.ContentManagement.Fields;

/// <summary>The content item ids of the chosen terms of one taxonomy.</summary>
public sealed class TaxonomyField : ContentField
{
    public string[] TermIds { get; set; } = [];
}
