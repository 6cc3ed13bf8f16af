namespace Helpdesk.Customers.Services;

/// <summary>The languages a customer can be given: German, English, or none (the site's default applies).</summary>
public static class Languages
{
    public const string German = "de";
    public const string English = "en";

    /// <summary>
    /// The stored value for a typed language (<c>de</c>, <c>EN</c>, <c>de-AT</c>, <c>Deutsch</c>,
    /// <c>English</c>, empty), or null when it is none of them.
    /// </summary>
    public static string? Normalize(string? value)
    {
        var language = (value ?? "").Trim().ToLowerInvariant();

        return language switch
        {
            "" => "",
            German or "deutsch" or "german" => German,
            English or "englisch" or "english" => English,
            _ when language.StartsWith("de-", StringComparison.Ordinal) => German,
            _ when language.StartsWith("en-", StringComparison.Ordinal) => English,
            _ => null,
        };
    }
}
