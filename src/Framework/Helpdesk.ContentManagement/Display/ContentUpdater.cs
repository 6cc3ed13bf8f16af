using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc.ModelBinding;

namespace Helpdesk.ContentManagement.Display;

/// <summary>
/// The posted editor form and where its errors go: the controller's ModelState, keyed by input
/// name (<c>ReportAProblem.Keyword.Text</c>), so each error shows beside its input.
/// </summary>
public sealed class ContentUpdater
{
    public ContentUpdater(IFormCollection form, ModelStateDictionary modelState)
    {
        Form = form;
        ModelState = modelState;
    }

    public IFormCollection Form { get; }

    public ModelStateDictionary ModelState { get; }

    public IReadOnlyList<string> ErrorsFor(string key) =>
        ModelState.TryGetValue(key, out var entry) && entry.Errors.Count > 0
            ? entry.Errors.Select(e => e.ErrorMessage).ToList()
            : [];
}
