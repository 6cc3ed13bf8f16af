namespace Helpdesk.Customers.Services;

/// <summary>The languages a customer can be given: German, English, or none (the site's default applies).</summary>
public static class Languages
{
    public const string German = "de";
    public const string English = "en";

    /// <summary>The stored value for a typed language (<c>de</c>, <c>EN</c>, empty), or null when it is not one of them.</summary>
    public static string? Normalize(string? value)
    {
        var language = (value ?? "").Trim().ToLowerInvariant();

        return language is "" or German or English ? language : null;
    }
}
