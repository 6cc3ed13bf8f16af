namespace Helpdesk.Infrastructure.Notifications;

public static class NotifierExtensions
{
    public static void Success(this INotifier notifier, string message) => notifier.Add(NotificationKind.Success, message);

    public static void Information(this INotifier notifier, string message) => notifier.Add(NotificationKind.Information, message);

    public static void Warning(this INotifier notifier, string message) => notifier.Add(NotificationKind.Warning, message);

    public static void Error(this INotifier notifier, string message) => notifier.Add(NotificationKind.Error, message);
}
