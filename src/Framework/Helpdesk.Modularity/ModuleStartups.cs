namespace Helpdesk.Modularity;

/// <summary>The startup instances of all modules, in feature dependency order.</summary>
public sealed class ModuleStartups
{
    public ModuleStartups(IReadOnlyList<StartupBase> startups)
    {
        Startups = startups;
    }

    public IReadOnlyList<StartupBase> Startups { get; }
}
