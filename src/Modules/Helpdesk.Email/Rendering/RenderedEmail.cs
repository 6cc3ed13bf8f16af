namespace Helpdesk.Email.Rendering;

/// <summary>An e-mail body in both forms, ready for <see cref="Models.EmailMessage"/>.</summary>
public sealed record RenderedEmail(string Html, string Text);
