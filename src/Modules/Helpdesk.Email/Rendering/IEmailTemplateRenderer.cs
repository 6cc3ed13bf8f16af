using System.Globalization;

namespace Helpdesk.Email.Rendering;

/// <summary>
/// Puts content into the site's e-mail layout: logo, site name, the link button and the footer
/// with the support phone and the "do not reply" line. The layout is the Razor views
/// <c>/Views/EmailLayout/Html.cshtml</c> and <c>/Views/EmailLayout/Text.cshtml</c>; a theme
/// overrides them by placing views at the same paths.
/// </summary>
public interface IEmailTemplateRenderer
{
    /// <summary>Renders in the recipient's language, e.g. <c>CultureInfo.GetCultureInfo("de")</c>.</summary>
    Task<RenderedEmail> RenderAsync(EmailContent content, CultureInfo culture, CancellationToken cancellationToken = default);
}
