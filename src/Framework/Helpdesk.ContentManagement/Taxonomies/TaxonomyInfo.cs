namespace Helpdesk.ContentManagement.Taxonomies;

/// <summary>A taxonomy as a field's settings offer it: its id and its name in the request's language.</summary>
public sealed record TaxonomyInfo(string Id, string Name);
