namespace Helpdesk.Infrastructure.Notifications;

/// <summary>Collects messages for the user that survive one redirect.</summary>
public interface INotifier
{
    void Add(NotificationKind kind, string message);

    /// <summary>The pending messages; they are not shown again.</summary>
    IReadOnlyList<Notification> TakeAll();
}
