namespace Helpdesk.Setup.Services;

/// <summary>How a setup ended: nothing to report, or errors keyed by the field they belong to.</summary>
public sealed class SetupResult
{
    private SetupResult(IReadOnlyDictionary<string, List<string>> errors)
    {
        Errors = errors;
    }

    public static SetupResult Success { get; } = new(new Dictionary<string, List<string>>());

    /// <summary>Localised messages keyed by <see cref="SetupRequest"/> property name, "" for the whole form.</summary>
    public IReadOnlyDictionary<string, List<string>> Errors { get; }

    public bool Succeeded => Errors.Count == 0;

    public static SetupResult Failed(IReadOnlyDictionary<string, List<string>> errors) => new(errors);
}
