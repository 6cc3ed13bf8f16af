using Helpdesk.Data.Documents;

namespace Helpdesk.Tests.Data;

/// <summary>A singleton document that only the tests use.</summary>
public sealed class NoteBoardDocument : Document
{
    public string Title { get; set; } = "";

    public List<string> Tags { get; set; } = [];
}
