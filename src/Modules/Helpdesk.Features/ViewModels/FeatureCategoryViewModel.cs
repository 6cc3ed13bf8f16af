namespace Helpdesk.Features.ViewModels;

public sealed record FeatureCategoryViewModel(string Name, IReadOnlyList<FeatureEntryViewModel> Features);
