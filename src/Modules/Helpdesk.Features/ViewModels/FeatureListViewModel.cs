namespace Helpdesk.Features.ViewModels;

public sealed record FeatureListViewModel(IReadOnlyList<FeatureCategoryViewModel> Categories);
