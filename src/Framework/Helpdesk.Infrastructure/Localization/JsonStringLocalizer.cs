using System.Globalization;
using Microsoft.Extensions.Localization;

namespace Helpdesk.Infrastructure.Localization;

/// <summary>Looks texts up by their English wording in the current UI culture.</summary>
public sealed class JsonStringLocalizer : IStringLocalizer
{
    private readonly TranslationCatalog _catalog;

    public JsonStringLocalizer(TranslationCatalog catalog)
    {
        _catalog = catalog;
    }

    public LocalizedString this[string name] => Localize(name, []);

    public LocalizedString this[string name, params object[] arguments] => Localize(name, arguments);

    public IEnumerable<LocalizedString> GetAllStrings(bool includeParentCultures) =>
        _catalog.Keys(CultureInfo.CurrentUICulture.TwoLetterISOLanguageName)
            .Select(key => Localize(key, []));

    private LocalizedString Localize(string name, object[] arguments)
    {
        var culture = CultureInfo.CurrentUICulture;
        var translated = _catalog.Find(culture.TwoLetterISOLanguageName, name);
        var notFound = translated is null && culture.TwoLetterISOLanguageName != SupportedCultures.English;
        var format = translated ?? name;
        var value = arguments.Length == 0 ? format : string.Format(culture, format, arguments);

        return new LocalizedString(name, value, notFound);
    }
}
