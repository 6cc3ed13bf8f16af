namespace Helpdesk.Taxonomies.ViewModels;

public sealed record TaxonomyListEntryViewModel(string Id, string Name, string TermContentType, int TermCount);
