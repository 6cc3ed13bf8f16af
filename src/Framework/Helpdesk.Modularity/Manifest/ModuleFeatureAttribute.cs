namespace Helpdesk.Modularity.Manifest;

/// <summary>
/// Declares a feature of the module in the same assembly. A module without this attribute has
/// one feature whose id is the module id.
/// </summary>
[AttributeUsage(AttributeTargets.Assembly, AllowMultiple = true)]
public sealed class ModuleFeatureAttribute : Attribute
{
    public ModuleFeatureAttribute(string id)
    {
        Id = id;
    }

    public string Id { get; }

    public string Name { get; set; } = "";

    public string Description { get; set; } = "";

    /// <summary>Overrides the module's category for this feature.</summary>
    public string? Category { get; set; }

    public string[] Dependencies { get; set; } = [];

    public bool AlwaysEnabled { get; set; }
}
