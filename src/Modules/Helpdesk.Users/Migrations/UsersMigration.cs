using FluentMigrator;
using Helpdesk.Users.Models;

namespace Helpdesk.Users.Migrations;

/// <summary>The tables of users, roles and what Identity keeps about them.</summary>
[Migration(2026_12_03_100)]
[Tags(UsersFeature.Id)]
public sealed class UsersMigration : Migration
{
    public override void Up()
    {
        CreateUsers();
        CreateRoles();
        CreateUserRoles();
        CreateUserClaims();
        CreateUserLogins();
        CreateUserTokens();
        CreateRoleClaims();
    }

    public override void Down()
    {
        Delete.Table(UsersTables.RoleClaims);
        Delete.Table(UsersTables.UserTokens);
        Delete.Table(UsersTables.UserLogins);
        Delete.Table(UsersTables.UserClaims);
        Delete.Table(UsersTables.UserRoles);
        Delete.Table(UsersTables.Roles);
        Delete.Table(UsersTables.Users);
    }

    private void CreateUsers()
    {
        Create.Table(UsersTables.Users)
            .WithColumn("Id").AsString(UsersTables.KeyLength).NotNullable().PrimaryKey("PK_Users")
            .WithColumn("UserName").AsString(UsersTables.NameLength).Nullable()
            .WithColumn("NormalizedUserName").AsString(UsersTables.NameLength).Nullable()
            .WithColumn("Email").AsString(UsersTables.NameLength).Nullable()
            .WithColumn("NormalizedEmail").AsString(UsersTables.NameLength).Nullable()
            .WithColumn("EmailConfirmed").AsBoolean().NotNullable()
            .WithColumn("PasswordHash").AsString(int.MaxValue).Nullable()
            .WithColumn("SecurityStamp").AsString(int.MaxValue).Nullable()
            .WithColumn("ConcurrencyStamp").AsString(int.MaxValue).Nullable()
            .WithColumn("PhoneNumber").AsString(int.MaxValue).Nullable()
            .WithColumn("PhoneNumberConfirmed").AsBoolean().NotNullable()
            .WithColumn("TwoFactorEnabled").AsBoolean().NotNullable()
            .WithColumn("LockoutEnabled").AsBoolean().NotNullable()
            .WithColumn("AccessFailedCount").AsInt32().NotNullable()
            .WithColumn("DisplayName").AsString(UsersTables.DisplayNameLength).NotNullable()
            .WithColumn("Culture").AsString(UsersTables.CultureLength).NotNullable()
            .WithColumn("CreatedUtc").AsDateTime().NotNullable();

        AddLockoutEnd();

        Create.Index("IX_Users_NormalizedUserName").OnTable(UsersTables.Users)
            .OnColumn("NormalizedUserName").Ascending().WithOptions().Unique();
        Create.Index("IX_Users_NormalizedEmail").OnTable(UsersTables.Users)
            .OnColumn("NormalizedEmail").Ascending().WithOptions().Unique();
    }

    // FluentMigrator's SQLite generator knows no DateTimeOffset; EF Core keeps one in SQLite as
    // TEXT, and in PostgreSQL as timestamptz.
    private void AddLockoutEnd()
    {
        IfDatabase(IsProcessor(ProcessorIdConstants.Postgres))
            .Alter.Table(UsersTables.Users).AddColumn("LockoutEnd").AsDateTimeOffset().Nullable();
        IfDatabase(IsProcessor(ProcessorIdConstants.SQLite))
            .Alter.Table(UsersTables.Users).AddColumn("LockoutEnd").AsCustom("TEXT").Nullable();
    }

    // Processors carry versioned ids such as PostgreSQL15_0.
    private static Predicate<string> IsProcessor(string family) =>
        processorId => processorId.StartsWith(family, StringComparison.OrdinalIgnoreCase);

    private void CreateRoles()
    {
        Create.Table(UsersTables.Roles)
            .WithColumn("Id").AsString(UsersTables.KeyLength).NotNullable().PrimaryKey("PK_Roles")
            .WithColumn("Name").AsString(UsersTables.NameLength).Nullable()
            .WithColumn("NormalizedName").AsString(UsersTables.NameLength).Nullable()
            .WithColumn("ConcurrencyStamp").AsString(int.MaxValue).Nullable()
            .WithColumn("Description").AsString(UsersTables.DescriptionLength).NotNullable();

        Create.Index("IX_Roles_NormalizedName").OnTable(UsersTables.Roles)
            .OnColumn("NormalizedName").Ascending().WithOptions().Unique();
    }

    private void CreateUserRoles()
    {
        Create.Table(UsersTables.UserRoles)
            .WithColumn("UserId").AsString(UsersTables.KeyLength).NotNullable().PrimaryKey("PK_UserRoles")
                .ForeignKey("FK_UserRoles_Users_UserId", UsersTables.Users, "Id").OnDelete(System.Data.Rule.Cascade)
            .WithColumn("RoleId").AsString(UsersTables.KeyLength).NotNullable().PrimaryKey("PK_UserRoles")
                .ForeignKey("FK_UserRoles_Roles_RoleId", UsersTables.Roles, "Id").OnDelete(System.Data.Rule.Cascade);

        Create.Index("IX_UserRoles_RoleId").OnTable(UsersTables.UserRoles).OnColumn("RoleId").Ascending();
    }

    private void CreateUserClaims()
    {
        Create.Table(UsersTables.UserClaims)
            .WithColumn("Id").AsInt32().NotNullable().PrimaryKey("PK_UserClaims").Identity()
            .WithColumn("UserId").AsString(UsersTables.KeyLength).NotNullable()
                .ForeignKey("FK_UserClaims_Users_UserId", UsersTables.Users, "Id").OnDelete(System.Data.Rule.Cascade)
            .WithColumn("ClaimType").AsString(int.MaxValue).Nullable()
            .WithColumn("ClaimValue").AsString(int.MaxValue).Nullable();

        Create.Index("IX_UserClaims_UserId").OnTable(UsersTables.UserClaims).OnColumn("UserId").Ascending();
    }

    private void CreateUserLogins()
    {
        Create.Table(UsersTables.UserLogins)
            .WithColumn("LoginProvider").AsString(UsersTables.ProviderKeyLength).NotNullable().PrimaryKey("PK_UserLogins")
            .WithColumn("ProviderKey").AsString(UsersTables.ProviderKeyLength).NotNullable().PrimaryKey("PK_UserLogins")
            .WithColumn("ProviderDisplayName").AsString(int.MaxValue).Nullable()
            .WithColumn("UserId").AsString(UsersTables.KeyLength).NotNullable()
                .ForeignKey("FK_UserLogins_Users_UserId", UsersTables.Users, "Id").OnDelete(System.Data.Rule.Cascade);

        Create.Index("IX_UserLogins_UserId").OnTable(UsersTables.UserLogins).OnColumn("UserId").Ascending();
    }

    private void CreateUserTokens()
    {
        Create.Table(UsersTables.UserTokens)
            .WithColumn("UserId").AsString(UsersTables.KeyLength).NotNullable().PrimaryKey("PK_UserTokens")
                .ForeignKey("FK_UserTokens_Users_UserId", UsersTables.Users, "Id").OnDelete(System.Data.Rule.Cascade)
            .WithColumn("LoginProvider").AsString(UsersTables.ProviderKeyLength).NotNullable().PrimaryKey("PK_UserTokens")
            .WithColumn("Name").AsString(UsersTables.ProviderKeyLength).NotNullable().PrimaryKey("PK_UserTokens")
            .WithColumn("Value").AsString(int.MaxValue).Nullable();
    }

    private void CreateRoleClaims()
    {
        Create.Table(UsersTables.RoleClaims)
            .WithColumn("Id").AsInt32().NotNullable().PrimaryKey("PK_RoleClaims").Identity()
            .WithColumn("RoleId").AsString(UsersTables.KeyLength).NotNullable()
                .ForeignKey("FK_RoleClaims_Roles_RoleId", UsersTables.Roles, "Id").OnDelete(System.Data.Rule.Cascade)
            .WithColumn("ClaimType").AsString(int.MaxValue).Nullable()
            .WithColumn("ClaimValue").AsString(int.MaxValue).Nullable();

        Create.Index("IX_RoleClaims_RoleId").OnTable(UsersTables.RoleClaims).OnColumn("RoleId").Ascending();
    }
}
