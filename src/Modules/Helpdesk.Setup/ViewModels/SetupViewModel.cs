using Helpdesk.Data;
using Helpdesk.Infrastructure.Recipes;
using Helpdesk.Setup.Services;
using Microsoft.AspNetCore.Mvc.ModelBinding;

namespace Helpdesk.Setup.ViewModels;

/// <summary>The setup form. Field names are a contract with the browser tests.</summary>
public sealed class SetupViewModel
{
    public string? SiteName { get; set; }

    public string? Language { get; set; }

    public string? TimeZone { get; set; }

    public string? BaseUrl { get; set; }

    public DatabaseProvider DatabaseProvider { get; set; } = DatabaseProvider.Sqlite;

    public string? ConnectionString { get; set; }

    public string? Recipe { get; set; }

    public string? AdminEmail { get; set; }

    public string? AdminPassword { get; set; }

    public string? PasswordConfirmation { get; set; }

    [BindNever]
    public bool IsDatabaseFixed { get; set; }

    [BindNever]
    public DatabaseProvider FixedProvider { get; set; }

    [BindNever]
    public IReadOnlyList<RecipeDescriptor> Recipes { get; set; } = [];

    [BindNever]
    public IReadOnlyList<string> TimeZones { get; set; } = [];

    public SetupRequest ToRequest() => new()
    {
        SiteName = SiteName ?? "",
        Language = Language ?? "",
        TimeZone = TimeZone ?? "",
        BaseUrl = BaseUrl ?? "",
        DatabaseProvider = DatabaseProvider,
        ConnectionString = ConnectionString ?? "",
        Recipe = Recipe ?? "",
        AdminEmail = AdminEmail ?? "",
        AdminPassword = AdminPassword ?? "",
        PasswordConfirmation = PasswordConfirmation ?? "",
    };
}
