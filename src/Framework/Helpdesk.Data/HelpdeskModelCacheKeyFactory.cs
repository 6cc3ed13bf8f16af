using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;

namespace Helpdesk.Data;

/// <summary>
/// Keys EF Core's model cache by the model contributors too. EF keeps one model per context type
/// for the whole process, so without this a second host in the same process (the test run
/// starts many, with different modules) would get the model of whichever host built it first.
/// </summary>
internal sealed class HelpdeskModelCacheKeyFactory : IModelCacheKeyFactory
{
    public object Create(DbContext context, bool designTime) =>
        context is HelpdeskDbContext helpdesk
            ? (context.GetType(), helpdesk.ModelKey, designTime)
            : (context.GetType(), designTime);
}
