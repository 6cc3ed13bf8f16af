using Microsoft.EntityFrameworkCore;

namespace Helpdesk.Data;

/// <summary>
/// Adds a module's entities to the one EF Core model. The tables themselves are created by the
/// module's FluentMigrator migrations; a test checks that both agree.
/// </summary>
public interface IModelContributor
{
    void Configure(ModelBuilder modelBuilder);
}
