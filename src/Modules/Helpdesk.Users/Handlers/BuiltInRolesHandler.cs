using Helpdesk.Modularity;
using Helpdesk.Modularity.Features;
using Helpdesk.Modularity.Security;
using Helpdesk.Users.Models;
using Helpdesk.Users.Services;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Logging;

namespace Helpdesk.Users.Handlers;

/// <summary>
/// Creates the built-in roles when the Users feature is enabled, and gives each role the
/// permissions features grant it by default (<see cref="IPermissionProvider.GetDefaultGrants"/>)
/// when a feature is enabled.
/// </summary>
/// <remarks>
/// Features enabled in the same call as Users and ordered before it are enabled while the roles do
/// not exist yet: they are skipped, and Users' own enabled event grants the defaults of every
/// feature enabled at that moment. The feature manager raises all enabling events of a call before
/// the enabled events, on the same handler instances, which is what <see cref="_usersPending"/>
/// relies on.
/// </remarks>
public sealed partial class BuiltInRolesHandler : IFeatureEventHandler
{
    private static readonly IReadOnlyList<(string Name, string Description)> Roles =
    [
        (BuiltInRoles.Administrator, "Holds every permission."),
        (BuiltInRoles.Agent, "Staff who work tickets."),
        (BuiltInRoles.Customer, "People who report and follow their requests in the portal."),
        (BuiltInRoles.Authenticated, "Every signed-in user; its permissions apply to all of them."),
        (BuiltInRoles.Anonymous, "Every visitor who is not signed in."),
    ];

    private readonly RoleManager<Role> _roles;
    private readonly RolePermissionService _rolePermissions;
    private readonly IEnumerable<IPermissionProvider> _providers;
    private readonly IFeatureGate _gate;
    private readonly IFeatureStateStore _featureStates;
    private readonly ModuleCatalog _catalog;
    private readonly ILogger<BuiltInRolesHandler> _logger;
    private bool _usersPending;

    public BuiltInRolesHandler(
        RoleManager<Role> roles,
        RolePermissionService rolePermissions,
        IEnumerable<IPermissionProvider> providers,
        IFeatureGate gate,
        IFeatureStateStore featureStates,
        ModuleCatalog catalog,
        ILogger<BuiltInRolesHandler> logger)
    {
        _roles = roles;
        _rolePermissions = rolePermissions;
        _providers = providers;
        _gate = gate;
        _featureStates = featureStates;
        _catalog = catalog;
        _logger = logger;
    }

    public Task EnablingAsync(FeatureInfo feature, CancellationToken cancellationToken)
    {
        if (feature.Id == UsersFeature.Id)
        {
            _usersPending = true;
        }

        return Task.CompletedTask;
    }

    public async Task EnabledAsync(FeatureInfo feature, CancellationToken cancellationToken)
    {
        if (feature.Id == UsersFeature.Id)
        {
            _usersPending = false;
            await CreateRolesAsync();
            await GrantDefaultsOfEnabledFeaturesAsync(cancellationToken);
            return;
        }

        if (!_usersPending && await UsersIsEnabledAsync(cancellationToken))
        {
            await GrantDefaultsAsync(feature.Id, cancellationToken);
        }
    }

    // The in-memory gate counts always-enabled features as enabled before their tables exist; the
    // stored state says whether Users' migrations have run.
    private async Task<bool> UsersIsEnabledAsync(CancellationToken cancellationToken)
    {
        var stored = await _featureStates.LoadAsync(cancellationToken);

        return stored.Contains(UsersFeature.Id);
    }

    private async Task CreateRolesAsync()
    {
        foreach (var (name, description) in Roles)
        {
            if (await _roles.RoleExistsAsync(name))
            {
                continue;
            }

            var result = await _roles.CreateAsync(new Role(name, description));
            if (!result.Succeeded)
            {
                throw new InvalidOperationException(
                    $"Role {name} could not be created: {string.Join(" ", result.Errors.Select(e => e.Description))}");
            }

            LogRoleCreated(name);
        }
    }

    private async Task GrantDefaultsOfEnabledFeaturesAsync(CancellationToken cancellationToken)
    {
        foreach (var feature in _catalog.Features.Where(f => _gate.IsEnabled(f.Id)))
        {
            await GrantDefaultsAsync(feature.Id, cancellationToken);
        }
    }

    private async Task GrantDefaultsAsync(string featureId, CancellationToken cancellationToken)
    {
        var grants = _providers
            .Where(provider => _gate.FeatureOf(provider.GetType()) == featureId)
            .SelectMany(provider => provider.GetDefaultGrants())
            .GroupBy(grant => grant.RoleName, StringComparer.OrdinalIgnoreCase);

        foreach (var grant in grants)
        {
            var role = await _roles.FindByNameAsync(grant.Key);
            if (role is null)
            {
                LogRoleMissing(featureId, grant.Key);
                continue;
            }

            var names = grant.SelectMany(g => g.Permissions).Select(p => p.Name);
            await _rolePermissions.GrantAsync(role, names, cancellationToken);
        }
    }

    [LoggerMessage(EventId = 3102, Level = LogLevel.Information, Message = "Built-in role {RoleName} created")]
    private partial void LogRoleCreated(string roleName);

    [LoggerMessage(
        EventId = 3103,
        Level = LogLevel.Warning,
        Message = "Feature {FeatureId} grants default permissions to role {RoleName}, which does not exist")]
    private partial void LogRoleMissing(string featureId, string roleName);
}
