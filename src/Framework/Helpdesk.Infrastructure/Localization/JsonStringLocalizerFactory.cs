using Microsoft.Extensions.Localization;

namespace Helpdesk.Infrastructure.Localization;

/// <summary>
/// One localizer for the whole site: texts are keyed by their English wording, so the same
/// sentence is translated once whichever module shows it.
/// </summary>
public sealed class JsonStringLocalizerFactory : IStringLocalizerFactory
{
    private readonly JsonStringLocalizer _localizer;

    public JsonStringLocalizerFactory(TranslationCatalog catalog)
    {
        _localizer = new JsonStringLocalizer(catalog);
    }

    public IStringLocalizer Create(Type resourceSource) => _localizer;

    public IStringLocalizer Create(string baseName, string location) => _localizer;
}
