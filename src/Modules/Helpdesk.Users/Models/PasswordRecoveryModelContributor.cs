using Helpdesk.Data;
using Microsoft.EntityFrameworkCore;

namespace Helpdesk.Users.Models;

/// <summary>Maps the table of <see cref="Migrations.PasswordRecoveryRequestsMigration"/>.</summary>
public sealed class PasswordRecoveryModelContributor : IModelContributor
{
    public void Configure(ModelBuilder modelBuilder) =>
        modelBuilder.Entity<PasswordRecoveryRequest>(request =>
        {
            request.ToTable(UsersTables.PasswordRecoveryRequests);
            request.HasKey(r => r.Id);
            request.Property(r => r.Email).HasMaxLength(UsersTables.NameLength);
            request.Property(r => r.RequestOrigin).HasMaxLength(UsersTables.OriginLength);
            request.HasIndex(r => r.Email).HasDatabaseName("IX_PasswordRecoveryRequests_Email");
        });
}
