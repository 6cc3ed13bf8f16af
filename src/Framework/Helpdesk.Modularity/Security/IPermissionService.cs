namespace Helpdesk.Modularity.Security;

/// <summary>The permissions of the enabled features.</summary>
public interface IPermissionService
{
    IReadOnlyList<PermissionGroup> GetGroups();

    Permission? Find(string name);
}
