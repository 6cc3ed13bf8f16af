namespace Helpdesk.Infrastructure.Notifications;

public enum NotificationKind
{
    Success,
    Information,
    Warning,
    Error,
}
