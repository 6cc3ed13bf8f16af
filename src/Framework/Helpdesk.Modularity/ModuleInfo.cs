using System.Reflection;

namespace Helpdesk.Modularity;

/// <summary>A module found at start: its manifest, its assembly and its features.</summary>
public sealed class ModuleInfo
{
    public required string Id { get; init; }

    public required string Name { get; init; }

    public required string Description { get; init; }

    public required string Category { get; init; }

    public required bool IsTheme { get; init; }

    public required Assembly Assembly { get; init; }

    public List<FeatureInfo> Features { get; } = [];

    public FeatureInfo MainFeature => Features.First(f => f.Id == Id);
}
