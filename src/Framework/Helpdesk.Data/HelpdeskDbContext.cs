using Helpdesk.Data.Documents;
using Microsoft.AspNetCore.DataProtection.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore;

namespace Helpdesk.Data;

/// <summary>
/// The one EF Core context of the site. Its model is the framework's own tables plus every
/// module's <see cref="IModelContributor"/>.
/// </summary>
public class HelpdeskDbContext : DbContext, IDataProtectionKeyContext
{
    private readonly IEnumerable<IModelContributor> _contributors;
    private readonly List<Action<bool>> _afterTransaction = [];

    public HelpdeskDbContext(DbContextOptions<HelpdeskDbContext> options, IEnumerable<IModelContributor> contributors)
        : base(options)
    {
        _contributors = contributors;
    }

    public DbSet<DataProtectionKey> DataProtectionKeys => Set<DataProtectionKey>();

    public DbSet<DocumentRecord> Documents => Set<DocumentRecord>();

    /// <summary>Names the contributors the model is built from, in order: the model cache's key.</summary>
    internal string ModelKey => string.Join('|', _contributors.Select(c => c.GetType().AssemblyQualifiedName));

    /// <summary>
    /// Runs the action once the current transaction ends (commit or rollback), or at once when
    /// there is none. Caches use it so they never hold data that was not committed.
    /// </summary>
    public void AfterTransaction(Action action) => AfterTransaction(_ => action());

    /// <summary>
    /// Runs the action once the current transaction ends, telling it whether the transaction
    /// committed; without a transaction it runs at once with <c>true</c>.
    /// </summary>
    public void AfterTransaction(Action<bool> action)
    {
        if (Database.CurrentTransaction is null)
        {
            action(true);
            return;
        }

        _afterTransaction.Add(action);
    }

    internal void OnTransactionEnded(bool committed)
    {
        var actions = _afterTransaction.ToList();
        _afterTransaction.Clear();
        foreach (var action in actions)
        {
            action(committed);
        }
    }

    protected override void OnModelCreating(ModelBuilder modelBuilder)
    {
        modelBuilder.Entity<DocumentRecord>(document =>
        {
            document.ToTable("Documents");
            document.HasKey(d => d.Id);
            document.Property(d => d.Id).HasMaxLength(200);
            document.Property(d => d.Version).IsConcurrencyToken();
        });
        modelBuilder.Entity<DataProtectionKey>(key =>
        {
            key.ToTable("DataProtectionKeys");
            key.HasKey(k => k.Id);
        });

        foreach (var contributor in _contributors)
        {
            contributor.Configure(modelBuilder);
        }
    }

    protected override void ConfigureConventions(ModelConfigurationBuilder configurationBuilder)
    {
        if (Database.IsNpgsql())
        {
            configurationBuilder.Properties<DateTime>().HaveColumnType("timestamp without time zone");
        }

        configurationBuilder.Properties<DateTime>().HaveConversion<UtcDateTimeConverter>();
    }
}
