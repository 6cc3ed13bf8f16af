using FluentMigrator;
using Helpdesk.Users.Models;

namespace Helpdesk.Users.Migrations;

/// <summary>"Forgot password" requests waiting to be answered, so a restart loses none.</summary>
[Migration(2026_12_04_100)]
[Tags(UsersFeature.Id)]
public sealed class PasswordRecoveryRequestsMigration : Migration
{
    public override void Up()
    {
        Create.Table(UsersTables.PasswordRecoveryRequests)
            .WithColumn("Id").AsInt64().PrimaryKey().Identity()
            .WithColumn("Email").AsString(UsersTables.NameLength).NotNullable()
            .WithColumn("RequestOrigin").AsString(UsersTables.OriginLength).Nullable()
            .WithColumn("RequestedUtc").AsDateTime().NotNullable()
            .WithColumn("Attempts").AsInt32().NotNullable()
            .WithColumn("ClaimedUntilUtc").AsDateTime().Nullable();

        Create.Index("IX_PasswordRecoveryRequests_Email").OnTable(UsersTables.PasswordRecoveryRequests)
            .OnColumn("Email").Ascending();
    }

    public override void Down() => Delete.Table(UsersTables.PasswordRecoveryRequests);
}
