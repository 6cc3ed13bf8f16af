namespace Helpdesk.Infrastructure.Setup;

/// <summary>
/// Takes part in setting up a new site. <see cref="ValidateAsync"/> runs first, before anything
/// is saved, so that every mistake the person made is shown beside its field at once;
/// <see cref="SetupAsync"/> runs after the database is ready and the recipe ran. The Users module
/// checks and creates the administrator here.
/// </summary>
public interface ISiteSetupHandler
{
    /// <summary>
    /// Checks what was entered and adds an error per problem with <see cref="SiteSetupContext.AddError"/>,
    /// keyed by the form field (<c>AdminEmail</c>, <c>AdminPassword</c>, ...). Must not change anything.
    /// </summary>
    Task ValidateAsync(SiteSetupContext context, CancellationToken cancellationToken) => Task.CompletedTask;

    /// <summary>Does the handler's part of the setup; errors added to the context stop the setup.</summary>
    Task SetupAsync(SiteSetupContext context, CancellationToken cancellationToken);
}
