namespace Helpdesk.PortalTheme.ViewModels;

public sealed class PortalHomeViewModel
{
    public required string SiteName { get; init; }

    public string? SupportPhone { get; init; }

    public string? SupportEmail { get; init; }

    /// <summary>The signed-in user's e-mail address, or null for a visitor.</summary>
    public string? UserEmail { get; init; }

    /// <summary>The display name, or the e-mail address for a user without one.</summary>
    public string? UserName { get; init; }

    public bool CanAccessAdmin { get; init; }
}
