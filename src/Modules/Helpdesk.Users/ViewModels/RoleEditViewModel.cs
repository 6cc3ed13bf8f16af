using System.ComponentModel.DataAnnotations;
using Helpdesk.Modularity.Security;
using Microsoft.AspNetCore.Mvc.ModelBinding;

namespace Helpdesk.Users.ViewModels;

/// <summary>The role editor's form; the same for a new role (no <see cref="Id"/>) and an existing one.</summary>
public sealed class RoleEditViewModel
{
    [BindNever]
    public string? Id { get; set; }

    [Required(ErrorMessage = "The name is required.")]
    [StringLength(100, ErrorMessage = "The name can be at most 100 characters.")]
    [Display(Name = "Name")]
    public string Name { get; set; } = "";

    [StringLength(500, ErrorMessage = "The description can be at most 500 characters.")]
    [Display(Name = "Description")]
    public string? Description { get; set; }

    /// <summary>The role's version when the form was opened (browsers send it); a save over a newer one is refused once.</summary>
    public string? ConcurrencyStamp { get; set; }

    /// <summary>The names of the permissions ticked.</summary>
    public List<string> Permissions { get; set; } = [];

    [BindNever]
    public bool IsBuiltIn { get; set; }

    [BindNever]
    public bool IsAdministrator { get; set; }

    [BindNever]
    public IReadOnlyList<PermissionGroup> Groups { get; set; } = [];

    public bool IsNew => Id is null;

    public bool IsGranted(Permission permission) => IsAdministrator || Permissions.Contains(permission.Name);
}
