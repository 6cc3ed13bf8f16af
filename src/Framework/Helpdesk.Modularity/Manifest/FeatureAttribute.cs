namespace Helpdesk.Modularity.Manifest;

/// <summary>
/// Binds a type (a startup, a controller, a service) to a feature of its module. Types
/// without it belong to the module's main feature.
/// </summary>
[AttributeUsage(AttributeTargets.Class, AllowMultiple = false, Inherited = false)]
public sealed class FeatureAttribute : Attribute
{
    public FeatureAttribute(string featureId)
    {
        FeatureId = featureId;
    }

    public string FeatureId { get; }
}
