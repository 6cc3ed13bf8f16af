using System.ComponentModel.DataAnnotations;
using Helpdesk.Customers.Models;
using Helpdesk.Customers.Services;
using Microsoft.AspNetCore.Mvc.ModelBinding;

namespace Helpdesk.Customers.ViewModels;

public sealed class CustomerEditViewModel
{
    /// <summary>The customer's user id, or null for a new customer; taken from the address, never from the form.</summary>
    [BindNever]
    public string? Id { get; set; }

    [Required(ErrorMessage = "The name is required.")]
    [StringLength(200, ErrorMessage = "The name can have at most 200 characters.")]
    public string Name { get; set; } = "";

    [Required(ErrorMessage = "The e-mail address is required.")]
    [StringLength(256, ErrorMessage = "The e-mail address can have at most 256 characters.")]
    public string Email { get; set; } = "";

    [StringLength(CustomersTables.PhoneLength, ErrorMessage = "The phone number can have at most 40 characters.")]
    [RegularExpression(PhoneNumber.Pattern, ErrorMessage = "Enter a phone number with digits, spaces and + ( ) / - . only.")]
    public string? Phone { get; set; }

    /// <summary><c>de</c>, <c>en</c>, or empty for the site's default language.</summary>
    public string? Language { get; set; }

    public int? OrganisationId { get; set; }

    /// <summary>Null: as the organisation says.</summary>
    public bool? SeeOrganisationTickets { get; set; }

    /// <summary>The account's version when the form was opened (browsers send it); a save over a newer one is refused once.</summary>
    public string? ConcurrencyStamp { get; set; }

    [BindNever]
    public IReadOnlyList<(int Id, string Name)> Organisations { get; set; } = [];

    [BindNever]
    public bool HasPassword { get; set; }

    [BindNever]
    public bool EmailConfirmed { get; set; }

    /// <summary>When the latest invitation was sent, in the site's time zone; null if never.</summary>
    [BindNever]
    public DateTime? InvitedOn { get; set; }

    public static CustomerEditViewModel From(CustomerDetails customer) => new()
    {
        Id = customer.User.Id,
        Name = customer.User.DisplayName,
        Email = customer.User.Email ?? "",
        Phone = customer.Profile.Phone,
        Language = customer.User.Culture,
        OrganisationId = customer.Profile.OrganisationId,
        SeeOrganisationTickets = customer.Profile.SeeOrganisationTickets,
        HasPassword = customer.User.PasswordHash is not null,
        EmailConfirmed = customer.User.EmailConfirmed,
        ConcurrencyStamp = customer.User.ConcurrencyStamp,
    };

    public CustomerInput ToInput() => new(
        Email.Trim(),
        Name.Trim(),
        string.IsNullOrWhiteSpace(Phone) ? null : Phone.Trim(),
        Languages.Normalize(Language) ?? "",
        OrganisationId,
        SeeOrganisationTickets);
}
