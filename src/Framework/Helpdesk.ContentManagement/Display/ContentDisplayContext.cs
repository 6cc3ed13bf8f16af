using Helpdesk.ContentManagement.Handlers;
using Helpdesk.ContentManagement.Metadata;

namespace Helpdesk.ContentManagement.Display;

/// <summary>One build or update of an item's display or editor, shared by all its drivers.</summary>
public sealed class ContentDisplayContext
{
    private readonly List<ContentValidationError> _errors = [];

    public ContentDisplayContext(
        ContentItem item,
        ContentTypeDefinition type,
        string displayType,
        ContentAudience audience,
        ContentUpdater? updater,
        bool isNew,
        CancellationToken cancellationToken)
    {
        Item = item;
        Type = type;
        DisplayType = displayType;
        Audience = audience;
        Updater = updater;
        IsNew = isNew;
        CancellationToken = cancellationToken;
    }

    public ContentItem Item { get; }

    public ContentTypeDefinition Type { get; }

    public string DisplayType { get; }

    public ContentAudience Audience { get; }

    /// <summary>The posted form when an editor is updated or shown again after errors; null for a fresh editor.</summary>
    public ContentUpdater? Updater { get; }

    public bool IsNew { get; }

    public CancellationToken CancellationToken { get; }

    /// <summary>True when the editor shows what was posted (so input is kept after errors).</summary>
    public bool IsPostBack => Updater is not null;

    /// <summary>Errors found while reading posted input, keyed by input name.</summary>
    public IReadOnlyList<ContentValidationError> Errors => _errors;

    public void AddError(string key, string message) => _errors.Add(new ContentValidationError(key, message));
}
