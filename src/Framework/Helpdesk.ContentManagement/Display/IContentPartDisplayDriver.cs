namespace Helpdesk.ContentManagement.Display;

/// <summary>
/// Displays and edits a part implemented in code (e.g. <c>TicketPart</c>) wherever a type uses
/// it; the part's fields have their own drivers. Implement only what the part needs.
/// </summary>
public interface IContentPartDisplayDriver
{
    /// <summary>The part definition's name this driver handles.</summary>
    string PartName { get; }

    ValueTask<ContentShape?> BuildDisplayAsync(ContentPartContext context) => ValueTask.FromResult<ContentShape?>(null);

    ValueTask<ContentShape?> BuildEditorAsync(ContentPartContext context) => ValueTask.FromResult<ContentShape?>(null);

    /// <summary>Reads the part's posted input into the item; errors go to the context.</summary>
    Task UpdateEditorAsync(ContentPartContext context) => Task.CompletedTask;
}
