namespace Helpdesk.Features.ViewModels;

/// <summary>One feature on the Features page; names are localised already.</summary>
public sealed class FeatureEntryViewModel
{
    public required string Id { get; init; }

    public required string Name { get; init; }

    public required string Description { get; init; }

    public required bool IsEnabled { get; init; }

    public required bool AlwaysEnabled { get; init; }

    /// <summary>The features it depends on directly.</summary>
    public required IReadOnlyList<string> Dependencies { get; init; }

    /// <summary>Disabled features that enabling this one enables too.</summary>
    public required IReadOnlyList<string> AlsoEnabled { get; init; }

    /// <summary>Enabled features that disabling this one disables too.</summary>
    public required IReadOnlyList<string> AlsoDisabled { get; init; }
}
