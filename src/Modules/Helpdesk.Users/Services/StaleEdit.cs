using Microsoft.AspNetCore.Mvc.ModelBinding;

namespace Helpdesk.Users.Services;

/// <summary>
/// The check the user, role and customer forms share: a form carries the record's concurrency
/// stamp from when it was opened, and a save over a newer version is refused once.
/// </summary>
public static class StaleEdit
{
    /// <summary>
    /// True, with <paramref name="message"/> above the form, when the form was opened on an older
    /// version than <paramref name="current"/>. The caller then gives the form the current stamp,
    /// so that saving again replaces the other change on purpose. A form without a stamp (not a
    /// browser) is not checked.
    /// </summary>
    public static bool IsRefused(ModelStateDictionary modelState, string? posted, string? current, string message)
    {
        if (posted is null || posted == current)
        {
            return false;
        }

        modelState.AddModelError(string.Empty, message);

        return true;
    }
}
