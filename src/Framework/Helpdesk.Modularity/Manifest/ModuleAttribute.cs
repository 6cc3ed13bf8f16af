namespace Helpdesk.Modularity.Manifest;

/// <summary>
/// Declares that an assembly is a Helpdesk module. The module's id is also the id of its main
/// feature unless the assembly declares that feature explicitly with <see cref="ModuleFeatureAttribute"/>.
/// </summary>
[AttributeUsage(AttributeTargets.Assembly, AllowMultiple = false)]
public sealed class ModuleAttribute : Attribute
{
    public ModuleAttribute(string id)
    {
        Id = id;
    }

    /// <summary>The unique id, by convention the assembly name, e.g. <c>Helpdesk.Users</c>.</summary>
    public string Id { get; }

    /// <summary>The English display name; the UI localises it.</summary>
    public string Name { get; set; } = "";

    public string Description { get; set; } = "";

    /// <summary>Groups modules on the Features page, e.g. "Core", "Content", "Tickets".</summary>
    public string Category { get; set; } = "General";

    /// <summary>Ids of features the main feature depends on.</summary>
    public string[] Dependencies { get; set; } = [];

    /// <summary>A feature that is always on, such as the admin shell; it cannot be disabled.</summary>
    public bool AlwaysEnabled { get; set; }

    /// <summary>A theme rather than a functional module.</summary>
    public bool IsTheme { get; set; }
}
