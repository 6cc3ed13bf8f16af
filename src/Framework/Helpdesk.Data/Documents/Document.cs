namespace Helpdesk.Data.Documents;

/// <summary>
/// Base of singleton documents such as site settings or the feature state. The version is the
/// one the document was loaded with; saving fails if someone saved a newer one meanwhile.
/// </summary>
public abstract class Document
{
    public int Version { get; set; }
}
