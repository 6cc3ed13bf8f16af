using Helpdesk.ContentManagement.Metadata;

namespace Helpdesk.ContentManagement.Handlers;

/// <summary>An item being checked before it is saved; handlers add what is wrong.</summary>
public sealed class ValidateContentContext : ContentContext
{
    private readonly List<ContentValidationError> _errors = [];

    public ValidateContentContext(
        ContentItem contentItem,
        ContentTypeDefinition? definition,
        ContentAudience audience,
        CancellationToken cancellationToken)
        : base(contentItem, definition, cancellationToken)
    {
        Audience = audience;
    }

    /// <summary>Who edits: fields a customer cannot see are not checked for a customer.</summary>
    public ContentAudience Audience { get; }

    public IReadOnlyList<ContentValidationError> Errors => _errors;

    /// <param name="key">The editor input the error belongs to (<c>Part.Field.Text</c>), or "" for the whole item.</param>
    /// <param name="message">Already localised.</param>
    public void Fail(string key, string message) => _errors.Add(new ContentValidationError(key, message));
}
