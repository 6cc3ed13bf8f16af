using Helpdesk.Data.Documents;

namespace Helpdesk.ContentManagement.Metadata;

/// <summary>All content types and parts, stored as one document.</summary>
public sealed class ContentDefinitionDocument : Document
{
    public List<ContentTypeDefinition> Types { get; set; } = [];

    public List<ContentPartDefinition> Parts { get; set; } = [];
}
