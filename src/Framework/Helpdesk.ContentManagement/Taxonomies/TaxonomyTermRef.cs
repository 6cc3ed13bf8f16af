namespace Helpdesk.ContentManagement.Taxonomies;

/// <summary>A term named by id and name, as in a term's ancestors.</summary>
public sealed record TaxonomyTermRef(string TermId, string DisplayText);
