using Helpdesk.Data;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Helpdesk.Users.Models;

/// <summary>
/// Maps the Identity entities onto the Users module's tables. The site's context is a plain
/// <see cref="DbContext"/>, so the keys, indexes and relations IdentityDbContext would add are
/// configured here, matching <c>UsersMigration</c>.
/// </summary>
public sealed class IdentityModelContributor : IModelContributor
{
    public void Configure(ModelBuilder modelBuilder)
    {
        modelBuilder.Entity<User>(ConfigureUser);
        modelBuilder.Entity<Role>(ConfigureRole);
        modelBuilder.Entity<IdentityUserRole<string>>(ConfigureUserRole);
        modelBuilder.Entity<IdentityUserClaim<string>>(ConfigureUserClaim);
        modelBuilder.Entity<IdentityUserLogin<string>>(ConfigureUserLogin);
        modelBuilder.Entity<IdentityUserToken<string>>(ConfigureUserToken);
        modelBuilder.Entity<IdentityRoleClaim<string>>(ConfigureRoleClaim);
    }

    private static void ConfigureUser(EntityTypeBuilder<User> user)
    {
        user.ToTable(UsersTables.Users);
        user.HasKey(u => u.Id);
        user.Property(u => u.Id).HasMaxLength(UsersTables.KeyLength);
        user.Property(u => u.UserName).HasMaxLength(UsersTables.NameLength);
        user.Property(u => u.NormalizedUserName).HasMaxLength(UsersTables.NameLength);
        user.Property(u => u.Email).HasMaxLength(UsersTables.NameLength);
        user.Property(u => u.NormalizedEmail).HasMaxLength(UsersTables.NameLength);
        user.Property(u => u.DisplayName).HasMaxLength(UsersTables.DisplayNameLength).IsRequired();
        user.Property(u => u.Culture).HasMaxLength(UsersTables.CultureLength).IsRequired();
        user.Property(u => u.ConcurrencyStamp).IsConcurrencyToken();
        user.HasIndex(u => u.NormalizedUserName).HasDatabaseName("IX_Users_NormalizedUserName").IsUnique();
        user.HasIndex(u => u.NormalizedEmail).HasDatabaseName("IX_Users_NormalizedEmail").IsUnique();

        user.HasMany<IdentityUserClaim<string>>().WithOne().HasForeignKey(c => c.UserId).IsRequired();
        user.HasMany<IdentityUserLogin<string>>().WithOne().HasForeignKey(l => l.UserId).IsRequired();
        user.HasMany<IdentityUserToken<string>>().WithOne().HasForeignKey(t => t.UserId).IsRequired();
        user.HasMany<IdentityUserRole<string>>().WithOne().HasForeignKey(r => r.UserId).IsRequired();
    }

    private static void ConfigureRole(EntityTypeBuilder<Role> role)
    {
        role.ToTable(UsersTables.Roles);
        role.HasKey(r => r.Id);
        role.Property(r => r.Id).HasMaxLength(UsersTables.KeyLength);
        role.Property(r => r.Name).HasMaxLength(UsersTables.NameLength);
        role.Property(r => r.NormalizedName).HasMaxLength(UsersTables.NameLength);
        role.Property(r => r.Description).HasMaxLength(UsersTables.DescriptionLength).IsRequired();
        role.Property(r => r.ConcurrencyStamp).IsConcurrencyToken();
        role.HasIndex(r => r.NormalizedName).HasDatabaseName("IX_Roles_NormalizedName").IsUnique();

        role.HasMany<IdentityUserRole<string>>().WithOne().HasForeignKey(r => r.RoleId).IsRequired();
        role.HasMany<IdentityRoleClaim<string>>().WithOne().HasForeignKey(c => c.RoleId).IsRequired();
    }

    private static void ConfigureUserRole(EntityTypeBuilder<IdentityUserRole<string>> userRole)
    {
        userRole.ToTable(UsersTables.UserRoles);
        userRole.HasKey(r => new { r.UserId, r.RoleId });
        userRole.Property(r => r.UserId).HasMaxLength(UsersTables.KeyLength);
        userRole.Property(r => r.RoleId).HasMaxLength(UsersTables.KeyLength);
        userRole.HasIndex(r => r.RoleId).HasDatabaseName("IX_UserRoles_RoleId");
    }

    private static void ConfigureUserClaim(EntityTypeBuilder<IdentityUserClaim<string>> claim)
    {
        claim.ToTable(UsersTables.UserClaims);
        claim.HasKey(c => c.Id);
        claim.Property(c => c.UserId).HasMaxLength(UsersTables.KeyLength);
        claim.HasIndex(c => c.UserId).HasDatabaseName("IX_UserClaims_UserId");
    }

    private static void ConfigureUserLogin(EntityTypeBuilder<IdentityUserLogin<string>> login)
    {
        login.ToTable(UsersTables.UserLogins);
        login.HasKey(l => new { l.LoginProvider, l.ProviderKey });
        login.Property(l => l.LoginProvider).HasMaxLength(UsersTables.ProviderKeyLength);
        login.Property(l => l.ProviderKey).HasMaxLength(UsersTables.ProviderKeyLength);
        login.Property(l => l.UserId).HasMaxLength(UsersTables.KeyLength);
        login.HasIndex(l => l.UserId).HasDatabaseName("IX_UserLogins_UserId");
    }

    private static void ConfigureUserToken(EntityTypeBuilder<IdentityUserToken<string>> token)
    {
        token.ToTable(UsersTables.UserTokens);
        token.HasKey(t => new { t.UserId, t.LoginProvider, t.Name });
        token.Property(t => t.UserId).HasMaxLength(UsersTables.KeyLength);
        token.Property(t => t.LoginProvider).HasMaxLength(UsersTables.ProviderKeyLength);
        token.Property(t => t.Name).HasMaxLength(UsersTables.ProviderKeyLength);
    }

    private static void ConfigureRoleClaim(EntityTypeBuilder<IdentityRoleClaim<string>> claim)
    {
        claim.ToTable(UsersTables.RoleClaims);
        claim.HasKey(c => c.Id);
        claim.Property(c => c.RoleId).HasMaxLength(UsersTables.KeyLength);
        claim.HasIndex(c => c.RoleId).HasDatabaseName("IX_RoleClaims_RoleId");
    }
}
