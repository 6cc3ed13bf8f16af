namespace Helpdesk.Infrastructure.Display;

/// <summary>Something an administrator should act on, shown on the admin dashboard with a link to where it is done.</summary>
/// <param name="Text">The localised sentence.</param>
/// <param name="Url">The page that deals with it.</param>
/// <param name="LinkText">The localised text of the link.</param>
public sealed record AdminAlert(string Text, string Url, string LinkText);
