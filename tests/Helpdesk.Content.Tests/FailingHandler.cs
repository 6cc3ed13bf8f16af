using Helpdesk.ContentManagement.Handlers;

namespace Helpdesk.Content.Tests;

/// <summary>Fails the save of any item whose display text asks for it, after the item and its index were written.</summary>
public sealed class FailingHandler : IContentHandler
{
    public const string FailMarker = "fail after writing";

    public Task CreatedAsync(ContentContext context) => FailIfAsked(context);

    public Task UpdatedAsync(ContentContext context) => FailIfAsked(context);

    private static Task FailIfAsked(ContentContext context) =>
        context.ContentItem.DisplayText == FailMarker
            ? throw new InvalidOperationException("The handler refused the item.")
            : Task.CompletedTask;
}
