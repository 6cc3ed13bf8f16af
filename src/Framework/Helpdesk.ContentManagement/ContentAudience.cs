namespace Helpdesk.ContentManagement;

/// <summary>Who looks at or edits an item; customers never see fields meant for staff only.</summary>
public enum ContentAudience
{
    Staff,
    Customer,
}
