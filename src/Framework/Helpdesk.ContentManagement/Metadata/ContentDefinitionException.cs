namespace Helpdesk.ContentManagement.Metadata;

/// <summary>
/// A definition change was refused, e.g. deleting a type that items still use. The message is
/// localised for the person who asked.
/// </summary>
public sealed class ContentDefinitionException : Exception
{
    public ContentDefinitionException()
    {
    }

    public ContentDefinitionException(string message)
        : base(message)
    {
    }

    public ContentDefinitionException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}
