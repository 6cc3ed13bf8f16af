using Helpdesk.Data;
using Helpdesk.Infrastructure.Display;
using Helpdesk.Infrastructure.Notifications;
using Helpdesk.Modularity.Security;
using Helpdesk.Users.Models;
using Helpdesk.Users.Services;
using Helpdesk.Users.ViewModels;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using Microsoft.Extensions.Logging;

namespace Helpdesk.Users.Controllers;

/// <summary>The roles list and editor: name, description and the permissions of enabled features.</summary>
[Admin]
[RequirePermission(Permissions.ManageRolesName)]
[Route("admin/roles")]
public sealed partial class RolesController : Controller
{
    private readonly RoleManager<Role> _roles;
    private readonly RolePermissionService _rolePermissions;
    private readonly IPermissionService _permissions;
    private readonly UserDirectory _directory;
    private readonly HelpdeskDbContext _db;
    private readonly INotifier _notifier;
    private readonly ILogger<RolesController> _logger;

    public RolesController(
        RoleManager<Role> roles,
        RolePermissionService rolePermissions,
        IPermissionService permissions,
        UserDirectory directory,
        HelpdeskDbContext db,
        INotifier notifier,
        IStringLocalizer<RolesController> localizer,
        ILogger<RolesController> logger)
    {
        _roles = roles;
        _rolePermissions = rolePermissions;
        _permissions = permissions;
        _directory = directory;
        _db = db;
        _notifier = notifier;
        S = localizer;
        _logger = logger;
    }

    private IStringLocalizer S { get; }

    [HttpGet("")]
    public async Task<IActionResult> Index(CancellationToken cancellationToken)
    {
        var counts = await _directory.CountByRoleAsync(cancellationToken);
        var roles = await _roles.Roles.ToListAsync(cancellationToken);
        var items = RoleKinds.InListOrder(roles)
            .Select(role => new RoleListItemViewModel(
                role,
                RoleKinds.IsImplicit(role.Name) ? null : counts.GetValueOrDefault(role.Id),
                RoleKinds.IsBuiltIn(role.Name)))
            .ToList();

        return View(new RoleListViewModel { Roles = items });
    }

    [HttpGet("create")]
    public IActionResult Create() => EditView(new RoleEditViewModel());

    [HttpPost("create")]
    public async Task<IActionResult> Create(RoleEditViewModel model, CancellationToken cancellationToken)
    {
        if (!ModelState.IsValid)
        {
            return EditView(model);
        }

        var role = new Role(model.Name.Trim(), model.Description?.Trim() ?? "");
        await using var transaction = await _db.Database.BeginTransactionAsync(cancellationToken);
        var created = await _roles.CreateAsync(role);
        if (!created.Succeeded)
        {
            AddErrors(created);
            return EditView(model);
        }

        await _rolePermissions.SetPermissionsAsync(role, Shown(model.Permissions), cancellationToken);
        await transaction.CommitAsync(cancellationToken);

        LogRoleCreated(role.Name!, User.Identity?.Name);
        _notifier.Success(S["The role {0} was created.", role.Name!]);

        return RedirectToAction(nameof(Index));
    }

    [HttpGet("{id}")]
    public async Task<IActionResult> Edit(string id, CancellationToken cancellationToken)
    {
        var role = await _roles.FindByIdAsync(id);
        if (role is null)
        {
            return NotFound();
        }

        var granted = await _rolePermissions.GetPermissionsAsync(role.Name!, cancellationToken);
        var model = new RoleEditViewModel
        {
            Name = role.Name!,
            Description = role.Description,
            Permissions = granted.ToList(),
            ConcurrencyStamp = role.ConcurrencyStamp,
        };

        return EditView(model, role);
    }

    [HttpPost("{id}")]
    public async Task<IActionResult> Edit(string id, RoleEditViewModel model, CancellationToken cancellationToken)
    {
        var role = await _roles.FindByIdAsync(id);
        if (role is null)
        {
            return NotFound();
        }

        if (RoleKinds.IsBuiltIn(role.Name))
        {
            // Built-in roles keep their names: code and default grants refer to them.
            ModelState.Remove(nameof(RoleEditViewModel.Name));
            model.Name = role.Name!;
        }

        if (StaleEdit.IsRefused(ModelState, model.ConcurrencyStamp, role.ConcurrencyStamp, S["Someone else changed this role in the meantime. Your entries are kept: check them and save again to replace the other changes."]))
        {
            model.ConcurrencyStamp = role.ConcurrencyStamp;
        }

        if (!ModelState.IsValid)
        {
            return EditView(model, role);
        }

        var previousName = role.Name!;
        await using var transaction = await _db.Database.BeginTransactionAsync(cancellationToken);
        var saved = await SaveAsync(role, model, cancellationToken);
        if (!saved.Succeeded)
        {
            AddErrors(saved);
            return EditView(model, role);
        }

        await transaction.CommitAsync(cancellationToken);
        _rolePermissions.Forget(previousName);

        LogRoleSaved(role.Name!, User.Identity?.Name);
        _notifier.Success(S["The role {0} was saved.", role.Name!]);

        return RedirectToAction(nameof(Index));
    }

    [HttpPost("{id}/delete")]
    public async Task<IActionResult> Delete(string id)
    {
        var role = await _roles.FindByIdAsync(id);
        if (role is null)
        {
            return NotFound();
        }

        if (RoleKinds.IsBuiltIn(role.Name))
        {
            _notifier.Error(S["The built-in role {0} cannot be deleted.", role.Name!]);
            return RedirectToAction(nameof(Edit), new { id });
        }

        var deleted = await _roles.DeleteAsync(role);
        if (!deleted.Succeeded)
        {
            _notifier.Error(string.Join(" ", deleted.Errors.Select(e => e.Description)));
            return RedirectToAction(nameof(Edit), new { id });
        }

        _rolePermissions.Forget(role.Name!);
        LogRoleDeleted(role.Name!, User.Identity?.Name);
        _notifier.Success(S["The role {0} was deleted.", role.Name!]);

        return RedirectToAction(nameof(Index));
    }

    private async Task<IdentityResult> SaveAsync(Role role, RoleEditViewModel model, CancellationToken cancellationToken)
    {
        if (!RoleKinds.IsBuiltIn(role.Name))
        {
            var renamed = await _roles.SetRoleNameAsync(role, model.Name.Trim());
            if (!renamed.Succeeded)
            {
                return renamed;
            }
        }

        role.Description = model.Description?.Trim() ?? "";
        var updated = await _roles.UpdateAsync(role);
        if (!updated.Succeeded || RoleKinds.IsAdministrator(role.Name))
        {
            return updated;
        }

        // Grants of features that are disabled now are not on the page; they are kept.
        var granted = await _rolePermissions.GetPermissionsAsync(role.Name!, cancellationToken);
        var shown = ShownPermissionNames();
        var wanted = Shown(model.Permissions).Concat(granted.Where(name => !shown.Contains(name)));
        await _rolePermissions.SetPermissionsAsync(role, wanted, cancellationToken);

        return updated;
    }

    private HashSet<string> ShownPermissionNames() =>
        _permissions.GetGroups().SelectMany(g => g.Permissions).Select(p => p.Name).ToHashSet(StringComparer.Ordinal);

    private List<string> Shown(IEnumerable<string> posted)
    {
        var shown = ShownPermissionNames();

        return posted.Where(shown.Contains).Distinct(StringComparer.Ordinal).ToList();
    }

    private void AddErrors(IdentityResult result)
    {
        foreach (var error in result.Errors.DistinctBy(e => e.Description))
        {
            var field = error.Code is "DuplicateRoleName" or "InvalidRoleName" ? nameof(RoleEditViewModel.Name) : "";
            ModelState.AddModelError(field, error.Description);
        }
    }

    private ViewResult EditView(RoleEditViewModel model, Role? role = null)
    {
        model.Id = role?.Id;
        model.IsBuiltIn = RoleKinds.IsBuiltIn(role?.Name);
        model.IsAdministrator = RoleKinds.IsAdministrator(role?.Name);
        model.Groups = _permissions.GetGroups();

        return View("Edit", model);
    }

    [LoggerMessage(EventId = 3134, Level = LogLevel.Information, Message = "Role {RoleName} created by {UserName}")]
    private partial void LogRoleCreated(string roleName, string? userName);

    [LoggerMessage(EventId = 3135, Level = LogLevel.Information, Message = "Role {RoleName} saved by {UserName}")]
    private partial void LogRoleSaved(string roleName, string? userName);

    [LoggerMessage(EventId = 3136, Level = LogLevel.Information, Message = "Role {RoleName} deleted by {UserName}")]
    private partial void LogRoleDeleted(string roleName, string? userName);
}
