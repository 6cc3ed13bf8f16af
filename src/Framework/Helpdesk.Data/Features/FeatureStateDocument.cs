using Helpdesk.Data.Documents;

namespace Helpdesk.Data.Features;

/// <summary>The ids of the enabled features.</summary>
public sealed class FeatureStateDocument : Document
{
    public List<string> EnabledFeatures { get; set; } = [];
}
