namespace Helpdesk.Modularity;

/// <summary>A feature names a missing dependency, or features depend on each other in a cycle.</summary>
public sealed class FeatureDependencyException : Exception
{
    public FeatureDependencyException()
    {
    }

    public FeatureDependencyException(string message)
        : base(message)
    {
    }

    public FeatureDependencyException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}
