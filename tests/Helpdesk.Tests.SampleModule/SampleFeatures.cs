namespace Helpdesk.Tests.SampleModule;

/// <summary>The ids of the sample module's features, as declared in Manifest.cs.</summary>
public static class SampleFeatures
{
    public const string Notes = "Helpdesk.Tests.Sample";

    public const string Pinned = "Helpdesk.Tests.Sample.Pinned";
}
