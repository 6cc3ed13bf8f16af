namespace Helpdesk.Tests.Infrastructure;

/// <summary>What the test sites are set up with, unattended or through the setup page.</summary>
public static class TestSite
{
    public const string SiteName = "Test Helpdesk";

    public const string AdminEmail = "admin@example.com";

    /// <summary>Long, mixed and with a symbol, so any sensible password policy accepts it.</summary>
    public const string AdminPassword = "Helpdesk-Test-Passw0rd!";

    /// <summary>The password of the users tests create besides the administrator.</summary>
    public const string UserPassword = "Helpdesk-User-Passw0rd!";

    public const string Recipe = "helpdesk.recipe.json";

    public const string Language = "en";

    public const string TimeZone = "Europe/Berlin";

    public const string Environment = "Testing";
}
