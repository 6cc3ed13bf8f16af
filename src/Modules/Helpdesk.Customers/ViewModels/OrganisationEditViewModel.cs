using System.ComponentModel.DataAnnotations;
using Helpdesk.Customers.Models;
using Helpdesk.Customers.Services;
using Microsoft.AspNetCore.Mvc.ModelBinding;

namespace Helpdesk.Customers.ViewModels;

public sealed class OrganisationEditViewModel
{
    /// <summary>The organisation edited, or null for a new one; taken from the address, never from the form.</summary>
    [BindNever]
    public int? Id { get; set; }

    [Required(ErrorMessage = "The name is required.")]
    [StringLength(CustomersTables.NameLength, ErrorMessage = "The name can have at most 200 characters.")]
    public string Name { get; set; } = "";

    /// <summary>The e-mail domains as typed: separated by commas, spaces or lines.</summary>
    [StringLength(2000, ErrorMessage = "The list of domains can have at most 2000 characters.")]
    public string? Domains { get; set; }

    [StringLength(CustomersTables.NotesLength, ErrorMessage = "The notes can have at most 4000 characters.")]
    public string? Notes { get; set; }

    public bool MembersSeeOrganisationTickets { get; set; }

    [BindNever]
    public IReadOnlyList<CustomerSummary> Members { get; set; } = [];

    public static OrganisationEditViewModel From(Organisation organisation) => new()
    {
        Id = organisation.Id,
        Name = organisation.Name,
        Domains = string.Join(", ", organisation.Domains.Select(d => d.Domain).Order()),
        Notes = organisation.Notes,
        MembersSeeOrganisationTickets = organisation.MembersSeeOrganisationTickets,
    };

    public OrganisationInput ToInput() => new(Name.Trim(), EmailDomains.Split(Domains), Notes ?? "", MembersSeeOrganisationTickets);
}
