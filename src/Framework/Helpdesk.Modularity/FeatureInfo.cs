namespace Helpdesk.Modularity;

/// <summary>A unit that can be enabled and disabled at run time.</summary>
public sealed class FeatureInfo
{
    public required string Id { get; init; }

    public required string Name { get; init; }

    public required string Description { get; init; }

    public required string Category { get; init; }

    public required IReadOnlyList<string> Dependencies { get; init; }

    public required bool AlwaysEnabled { get; init; }

    public required ModuleInfo Module { get; init; }

    public override string ToString() => Id;
}
