using Ganss.Xss;
using Markdig;

namespace Helpdesk.Contents.Services;

/// <summary>
/// Turns Markdown written by users into HTML that is safe to show: Markdig renders it, the
/// sanitizer removes scripts, event handlers and unsafe links that raw HTML in it may carry.
/// </summary>
public sealed class MarkdownRenderer
{
    private static readonly MarkdownPipeline Pipeline = new MarkdownPipelineBuilder()
        .UseAdvancedExtensions()
        .UseSoftlineBreakAsHardlineBreak()
        .Build();

    // One configured instance is safe to share: Sanitize is thread-safe once set up.
    private readonly HtmlSanitizer _sanitizer = new();

    public string ToSafeHtml(string? markdown) =>
        string.IsNullOrWhiteSpace(markdown) ? "" : _sanitizer.Sanitize(Markdown.ToHtml(markdown, Pipeline));
}
