namespace Helpdesk.ContentManagement;

public enum VersionKind
{
    Latest,
    Published,
    Draft,
    Version,
}
