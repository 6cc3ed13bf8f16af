using Helpdesk.ContentManagement.Display;
using Helpdesk.ContentManagement.Taxonomies;

namespace Helpdesk.Contents.ViewModels;

public sealed class TaxonomyFieldEditViewModel : FieldEditorViewModel
{
    /// <summary>The chosen terms (what is posted, as hidden inputs).</summary>
    public IReadOnlyList<TaxonomyTermInfo> Selected { get; set; } = [];

    /// <summary>Ids posted that are no term of the taxonomy; kept so the input survives the error.</summary>
    public IReadOnlyList<string> UnknownIds { get; set; } = [];

    /// <summary>The cascade: the top level, then each level beneath the chosen term's ancestors.</summary>
    public IReadOnlyList<TaxonomyLevelViewModel> Levels { get; set; } = [];

    public bool Multiple { get; set; }

    public bool LeavesOnly { get; set; }

    /// <summary>False when no taxonomy is configured or no source of terms is available.</summary>
    public bool Available { get; set; } = true;

    /// <summary>Where the picker script asks for a term's children (<c>?parentId=</c>) and for matches (<c>?q=</c>).</summary>
    public string TermsUrl { get; set; } = "";

    public static string PathIds(TaxonomyTermInfo term) =>
        string.Join(' ', term.Ancestors.Select(a => a.TermId).Append(term.TermId));

    public static string PathText(TaxonomyTermInfo term) => string.Join(" › ", term.PathNames);
}
