using System.Text.Json;
using Helpdesk.Infrastructure.Recipes;
using Helpdesk.Modularity.Security;
using Helpdesk.Users.Models;
using Helpdesk.Users.Services;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Logging;

namespace Helpdesk.Users.Recipes;

/// <summary>
/// Creates or updates roles and sets their permissions:
/// <c>{ "name": "roles", "roles": [ { "name": "Agent", "description": "...", "permissions": ["AccessAdminPanel"] } ] }</c>.
/// </summary>
/// <remarks>
/// Permissions are checked against every registered provider, not only the enabled features',
/// because an earlier step of the same recipe may enable the feature that declares them.
/// </remarks>
public sealed partial class RolesStep : IRecipeStepHandler
{
    private static readonly JsonSerializerOptions JsonOptions = new(JsonSerializerDefaults.Web);

    private readonly RoleManager<Role> _roles;
    private readonly RolePermissionService _rolePermissions;
    private readonly IEnumerable<IPermissionProvider> _providers;
    private readonly RecipeRolePlan _plannedRoles;
    private readonly ILogger<RolesStep> _logger;

    public RolesStep(
        RoleManager<Role> roles,
        RolePermissionService rolePermissions,
        IEnumerable<IPermissionProvider> providers,
        RecipeRolePlan plannedRoles,
        ILogger<RolesStep> logger)
    {
        _roles = roles;
        _rolePermissions = rolePermissions;
        _providers = providers;
        _plannedRoles = plannedRoles;
        _logger = logger;
    }

    public string StepName => "roles";

    public Task ValidateAsync(RecipeStepContext context, CancellationToken cancellationToken)
    {
        var entries = Read(context);
        if (entries is null)
        {
            return Task.CompletedTask;
        }

        var declared = _providers.SelectMany(p => p.GetPermissions()).Select(p => p.Name).ToHashSet(StringComparer.Ordinal);
        var seen = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        for (var i = 0; i < entries.Count; i++)
        {
            Validate(context, entries[i], i + 1, declared, seen);
            if (!string.IsNullOrWhiteSpace(entries[i].Name))
            {
                _plannedRoles.Add(context.RecipeFileName, entries[i].Name!);
            }
        }

        return Task.CompletedTask;
    }

    public async Task ExecuteAsync(RecipeStepContext context, CancellationToken cancellationToken)
    {
        var entries = Read(context) ?? throw new RecipeException(string.Join(" ", context.Errors));

        foreach (var entry in entries)
        {
            var role = await SaveRoleAsync(entry);
            if (entry.Permissions is not null)
            {
                await _rolePermissions.SetPermissionsAsync(role, entry.Permissions, cancellationToken);
            }

            LogRoleSaved(role.Name!, context.RecipeFileName);
        }
    }

    private static void Validate(
        RecipeStepContext context,
        RoleEntry entry,
        int position,
        HashSet<string> declared,
        HashSet<string> seen)
    {
        if (string.IsNullOrWhiteSpace(entry.Name))
        {
            context.Errors.Add($"Role {position} has no name.");
            return;
        }

        if (entry.Name.Length > UsersTables.NameLength)
        {
            context.Errors.Add($"Role {position}: the name is longer than {UsersTables.NameLength} characters.");
        }

        if (entry.Description?.Length > UsersTables.DescriptionLength)
        {
            context.Errors.Add($"Role '{entry.Name}': the description is longer than {UsersTables.DescriptionLength} characters.");
        }

        if (!seen.Add(entry.Name.Trim()))
        {
            context.Errors.Add($"Role '{entry.Name}' is listed more than once.");
        }

        foreach (var permission in entry.Permissions ?? [])
        {
            if (!declared.Contains(permission))
            {
                context.Errors.Add($"Role '{entry.Name}': permission '{permission}' is not declared by any module.");
            }
        }
    }

    private static List<RoleEntry>? Read(RecipeStepContext context)
    {
        if (!context.Step.TryGetProperty("roles", out var roles) || roles.ValueKind != JsonValueKind.Array)
        {
            context.Errors.Add("The step needs a 'roles' list.");
            return null;
        }

        try
        {
            return roles.Deserialize<List<RoleEntry>>(JsonOptions) ?? [];
        }
        catch (JsonException exception)
        {
            context.Errors.Add($"The 'roles' list is malformed: {exception.Message}");
            return null;
        }
    }

    private async Task<Role> SaveRoleAsync(RoleEntry entry)
    {
        var name = entry.Name!.Trim();
        var role = await _roles.FindByNameAsync(name);
        if (role is null)
        {
            role = new Role(name, entry.Description ?? "");
            Check(await _roles.CreateAsync(role), name);
        }
        else if (entry.Description is not null && entry.Description != role.Description)
        {
            role.Description = entry.Description;
            Check(await _roles.UpdateAsync(role), name);
        }

        return role;
    }

    private static void Check(IdentityResult result, string roleName)
    {
        if (!result.Succeeded)
        {
            throw new RecipeException(
                $"Role '{roleName}' could not be saved: {string.Join(" ", result.Errors.Select(e => e.Description))}");
        }
    }

    [LoggerMessage(EventId = 3104, Level = LogLevel.Information, Message = "Role {RoleName} saved by recipe {Recipe}")]
    private partial void LogRoleSaved(string roleName, string recipe);
}
