namespace Helpdesk.Customers.Services;

/// <summary>An organisation as lists show it.</summary>
public sealed record OrganisationSummary(int Id, string Name, IReadOnlyList<string> Domains, int MemberCount);
