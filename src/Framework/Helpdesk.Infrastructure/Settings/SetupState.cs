namespace Helpdesk.Infrastructure.Settings;

/// <summary>Remembers in memory that setup completed: a site never goes back to not set up.</summary>
public sealed class SetupState
{
    public bool IsSetUp { get; set; }
}
