namespace Helpdesk.PortalTheme.ViewModels;

public sealed class PortalHomeViewModel
{
    public required string SiteName { get; init; }

    public string? SupportPhone { get; init; }

    public string? SupportEmail { get; init; }

    /// <summary>The signed-in user's e-mail address, or null for a visitor.</summary>
    public string? UserEmail { get; init; }

    public bool CanAccessAdmin { get; init; }
}
