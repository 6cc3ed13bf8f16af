namespace Helpdesk.Infrastructure.Recipes;

/// <summary>
/// A recipe could not run. <see cref="Exception.Message"/> and <see cref="Errors"/> name the file,
/// the step index (from 1) and the reason, in English for logs; the UI shows <see cref="Errors"/>.
/// </summary>
public sealed class RecipeException : Exception
{
    public RecipeException()
    {
        Errors = [];
    }

    public RecipeException(string message)
        : base(message)
    {
        Errors = [message];
    }

    public RecipeException(string message, Exception innerException)
        : base(message, innerException)
    {
        Errors = [message];
    }

    public RecipeException(IReadOnlyList<string> errors)
        : base(string.Join(Environment.NewLine, errors))
    {
        Errors = errors;
    }

    public IReadOnlyList<string> Errors { get; }
}
