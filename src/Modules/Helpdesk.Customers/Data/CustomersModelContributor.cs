using Helpdesk.Customers.Models;
using Helpdesk.Data;
using Helpdesk.Users.Models;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Helpdesk.Customers.Data;

/// <summary>Maps the tables created by <see cref="Migrations.CustomersMigration"/>.</summary>
public sealed class CustomersModelContributor : IModelContributor
{
    public void Configure(ModelBuilder modelBuilder)
    {
        modelBuilder.Entity<Organisation>(ConfigureOrganisation);
        modelBuilder.Entity<OrganisationDomain>(ConfigureDomain);
        modelBuilder.Entity<CustomerProfile>(ConfigureProfile);
    }

    private static void ConfigureOrganisation(EntityTypeBuilder<Organisation> organisation)
    {
        organisation.ToTable(CustomersTables.Organisations);
        organisation.HasKey(o => o.Id);
        organisation.Property(o => o.Name).HasMaxLength(CustomersTables.NameLength).IsRequired();
        organisation.Property(o => o.NormalizedName).HasMaxLength(CustomersTables.NameLength).IsRequired();
        organisation.Property(o => o.Notes).HasMaxLength(CustomersTables.NotesLength).IsRequired();
        organisation.HasIndex(o => o.NormalizedName).IsUnique().HasDatabaseName("UX_Organisations_NormalizedName");
        organisation.HasMany(o => o.Domains)
            .WithOne()
            .HasForeignKey(d => d.OrganisationId)
            .HasConstraintName("FK_OrganisationDomains_Organisations")
            .OnDelete(DeleteBehavior.Cascade);
    }

    private static void ConfigureDomain(EntityTypeBuilder<OrganisationDomain> domain)
    {
        domain.ToTable(CustomersTables.OrganisationDomains);
        domain.HasKey(d => d.Domain);
        domain.Property(d => d.Domain).HasMaxLength(CustomersTables.DomainLength);
        domain.HasIndex(d => d.OrganisationId).HasDatabaseName("IX_OrganisationDomains_OrganisationId");
    }

    private static void ConfigureProfile(EntityTypeBuilder<CustomerProfile> profile)
    {
        profile.ToTable(CustomersTables.CustomerProfiles);
        profile.HasKey(p => p.UserId);
        profile.Property(p => p.UserId).HasMaxLength(UsersTables.KeyLength);
        profile.Property(p => p.Phone).HasMaxLength(CustomersTables.PhoneLength);
        profile.HasIndex(p => p.OrganisationId).HasDatabaseName("IX_CustomerProfiles_OrganisationId");
        profile.HasOne<User>()
            .WithOne()
            .HasForeignKey<CustomerProfile>(p => p.UserId)
            .HasConstraintName("FK_CustomerProfiles_Users")
            .OnDelete(DeleteBehavior.Cascade);
        profile.HasOne<Organisation>()
            .WithMany()
            .HasForeignKey(p => p.OrganisationId)
            .HasConstraintName("FK_CustomerProfiles_Organisations")
            .OnDelete(DeleteBehavior.Restrict);
    }
}
