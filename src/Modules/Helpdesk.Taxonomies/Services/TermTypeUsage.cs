using System.Globalization;
using Helpdesk.ContentManagement.Metadata;
using Helpdesk.Taxonomies.Models;
using Microsoft.Extensions.Localization;

namespace Helpdesk.Taxonomies.Services;

/// <summary>Keeps a content type that a taxonomy uses for its terms.</summary>
public sealed class TermTypeUsage : IContentTypeUsage
{
    private readonly TaxonomyService _taxonomies;

    public TermTypeUsage(TaxonomyService taxonomies, IStringLocalizer<TermTypeUsage> localizer)
    {
        _taxonomies = taxonomies;
        S = localizer;
    }

    private IStringLocalizer S { get; }

    public async Task<string?> FindUseAsync(string typeName, CancellationToken cancellationToken)
    {
        var language = CultureInfo.CurrentUICulture.TwoLetterISOLanguageName;
        var users = (await _taxonomies.ListAsync(cancellationToken))
            .Select(item => (Item: item, Part: item.As<TaxonomyPart>()))
            .Where(taxonomy => taxonomy.Part?.TermContentType == typeName)
            .Select(taxonomy => LocalizedText.Pick(taxonomy.Part!.Names, language, language, taxonomy.Item.DisplayText))
            .ToList();

        return users.Count == 0 ? null : S["taxonomies use it for their terms: {0}.", string.Join(", ", users)].Value;
    }
}
