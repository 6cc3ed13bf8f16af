namespace Helpdesk.Tests.SampleModule.Models;

/// <summary>A line of text kept in the sample module's own table.</summary>
public sealed class SampleNote
{
    public int Id { get; set; }

    public required string Text { get; set; }

    public bool Pinned { get; set; }

    public DateTime CreatedUtc { get; set; }
}
