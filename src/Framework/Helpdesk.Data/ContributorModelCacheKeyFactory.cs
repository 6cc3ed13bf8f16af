using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;

namespace Helpdesk.Data;

/// <summary>
/// EF Core caches a model per context type; ours depends on which modules contribute to it, so
/// the contributors are part of the key. Two hosts in one process (the test run) with different
/// modules then never share a model.
/// </summary>
public sealed class ContributorModelCacheKeyFactory : IModelCacheKeyFactory
{
    public object Create(DbContext context, bool designTime) =>
        context is HelpdeskDbContext helpdesk
            ? (context.GetType(), helpdesk.ModelSignature, designTime)
            : (context.GetType(), designTime);
}
