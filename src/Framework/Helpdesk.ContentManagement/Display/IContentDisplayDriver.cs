namespace Helpdesk.ContentManagement.Display;

/// <summary>Adds shapes to every item's display or editor, e.g. dates and owner in the Meta zone.</summary>
public interface IContentDisplayDriver
{
    ValueTask<ContentShape?> BuildDisplayAsync(ContentDisplayContext context) => ValueTask.FromResult<ContentShape?>(null);

    ValueTask<ContentShape?> BuildEditorAsync(ContentDisplayContext context) => ValueTask.FromResult<ContentShape?>(null);

    Task UpdateEditorAsync(ContentDisplayContext context) => Task.CompletedTask;
}
