using Helpdesk.Data;

namespace Helpdesk.Setup.Services;

/// <summary>Everything a new site needs, as typed on the setup page or read from configuration.</summary>
public sealed record SetupRequest
{
    public string SiteName { get; init; } = "";

    /// <summary><c>de</c> or <c>en</c>.</summary>
    public string Language { get; init; } = "";

    /// <summary>An IANA time zone id such as <c>Europe/Berlin</c>.</summary>
    public string TimeZone { get; init; } = "";

    /// <summary>The site's public address for links in e-mails; may stay empty.</summary>
    public string BaseUrl { get; init; } = "";

    /// <summary>Ignored when configuration fixes the database.</summary>
    public DatabaseProvider DatabaseProvider { get; init; } = DatabaseProvider.Sqlite;

    /// <summary>For PostgreSQL; SQLite always uses its file in App_Data.</summary>
    public string ConnectionString { get; init; } = "";

    /// <summary>The file name of a setup recipe, e.g. <c>helpdesk.recipe.json</c>.</summary>
    public string Recipe { get; init; } = "";

    public string AdminEmail { get; init; } = "";

    public string AdminPassword { get; init; } = "";

    public string PasswordConfirmation { get; init; } = "";
}
