namespace Helpdesk.Infrastructure.Notifications;

/// <summary>A message shown once, on the next page, after an action.</summary>
public sealed record Notification(NotificationKind Kind, string Message);
