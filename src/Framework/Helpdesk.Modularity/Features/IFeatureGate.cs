namespace Helpdesk.Modularity.Features;

/// <summary>Answers whether a feature, or the feature a type belongs to, is enabled now.</summary>
public interface IFeatureGate
{
    bool IsEnabled(string featureId);

    /// <summary>True for types outside any module (framework, host) and for types of enabled features.</summary>
    bool IsEnabled(Type type);

    /// <summary>The feature a type belongs to, or null for types outside any module.</summary>
    string? FeatureOf(Type type);

    /// <summary>Keeps the extension points whose feature is enabled.</summary>
    IEnumerable<T> Active<T>(IEnumerable<T> extensions)
        where T : notnull;
}
