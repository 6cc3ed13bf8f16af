using System.Globalization;
using System.Text.RegularExpressions;
using Helpdesk.Email.ViewModels;
using Helpdesk.Infrastructure.Settings;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.Abstractions;
using Microsoft.AspNetCore.Mvc.ModelBinding;
using Microsoft.AspNetCore.Mvc.Razor;
using Microsoft.AspNetCore.Mvc.Rendering;
using Microsoft.AspNetCore.Mvc.ViewEngines;
using Microsoft.AspNetCore.Mvc.ViewFeatures;
using Microsoft.AspNetCore.Routing;

namespace Helpdesk.Email.Rendering;

/// <summary>Renders the e-mail layout views outside of any request, e.g. in a workflow.</summary>
public sealed partial class RazorEmailTemplateRenderer : IEmailTemplateRenderer
{
    public const string HtmlView = "/Views/EmailLayout/Html.cshtml";
    public const string TextView = "/Views/EmailLayout/Text.cshtml";

    private readonly IRazorViewEngine _viewEngine;
    private readonly ITempDataProvider _tempDataProvider;
    private readonly IModelMetadataProvider _metadataProvider;
    private readonly IServiceProvider _services;
    private readonly ISiteService _site;

    public RazorEmailTemplateRenderer(
        IRazorViewEngine viewEngine,
        ITempDataProvider tempDataProvider,
        IModelMetadataProvider metadataProvider,
        IServiceProvider services,
        ISiteService site)
    {
        _viewEngine = viewEngine;
        _tempDataProvider = tempDataProvider;
        _metadataProvider = metadataProvider;
        _services = services;
        _site = site;
    }

    public async Task<RenderedEmail> RenderAsync(
        EmailContent content,
        CultureInfo culture,
        CancellationToken cancellationToken = default)
    {
        var site = await _site.FindSettingsAsync(cancellationToken) ?? new SiteSettings();
        var model = new EmailLayoutModel
        {
            Content = content,
            SiteName = site.SiteName,
            LogoUrl = LogoUrl(site),
            SupportPhone = site.SupportPhone,
            SupportEmail = site.SupportEmail,
            PrimaryColor = ColorPattern().IsMatch(site.PrimaryColor) ? site.PrimaryColor : new SiteSettings().PrimaryColor,
            Language = culture.TwoLetterISOLanguageName,
        };

        return await RenderInCultureAsync(model, culture);
    }

    // Runs in its own async method: the culture set here flows into the views and is undone for the caller.
    private async Task<RenderedEmail> RenderInCultureAsync(EmailLayoutModel model, CultureInfo culture)
    {
        CultureInfo.CurrentCulture = culture;
        CultureInfo.CurrentUICulture = culture;
        var html = await RenderViewAsync(HtmlView, model);
        var text = await RenderViewAsync(TextView, model);

        return new RenderedEmail(html.Trim(), text.Trim() + Environment.NewLine);
    }

    private async Task<string> RenderViewAsync(string path, EmailLayoutModel model)
    {
        var httpContext = new DefaultHttpContext { RequestServices = _services };
        var actionContext = new ActionContext(httpContext, new RouteData(), new ActionDescriptor());
        var found = _viewEngine.GetView(executingFilePath: null, viewPath: path, isMainPage: false);
        if (!found.Success)
        {
            throw new InvalidOperationException(
                $"The e-mail view '{path}' was not found; searched: {string.Join(", ", found.SearchedLocations)}.");
        }

        await using var writer = new StringWriter(CultureInfo.InvariantCulture);
        var viewData = new ViewDataDictionary<EmailLayoutModel>(_metadataProvider, new ModelStateDictionary()) { Model = model };
        var tempData = new TempDataDictionary(httpContext, _tempDataProvider);
        var viewContext = new ViewContext(actionContext, found.View, viewData, tempData, writer, new HtmlHelperOptions());
        await found.View.RenderAsync(viewContext);

        return writer.ToString();
    }

    private static string? LogoUrl(SiteSettings site) =>
        string.IsNullOrWhiteSpace(site.LogoFileName) || string.IsNullOrWhiteSpace(site.BaseUrl)
            ? null
            : site.BaseUrl.TrimEnd('/') + "/site/logo";

    [GeneratedRegex("^#[0-9a-fA-F]{6}$")]
    private static partial Regex ColorPattern();
}
