namespace Helpdesk.Infrastructure.Setup;

/// <summary>What the person setting up the site entered, and the errors handlers report.</summary>
public sealed class SiteSetupContext
{
    public required string SiteName { get; init; }

    public required string AdminEmail { get; init; }

    public required string AdminPassword { get; init; }

    /// <summary>The site's default language, <c>de</c> or <c>en</c>; also the administrator's.</summary>
    public required string Language { get; init; }

    /// <summary>Errors keyed by the form field they belong to ("" for the whole form), already localised.</summary>
    public Dictionary<string, List<string>> Errors { get; } = [];

    public bool HasErrors => Errors.Count > 0;

    public void AddError(string field, string message)
    {
        if (!Errors.TryGetValue(field, out var messages))
        {
            messages = [];
            Errors[field] = messages;
        }

        messages.Add(message);
    }
}
