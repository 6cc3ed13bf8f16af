namespace Helpdesk.Email.ViewModels;

/// <summary>What the "send test e-mail" button reports: a localised sentence and the server's own words.</summary>
public sealed record EmailTestResult(bool Succeeded, string Message, string? Detail);
