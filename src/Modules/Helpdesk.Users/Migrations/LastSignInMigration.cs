using FluentMigrator;
using Helpdesk.Users.Models;

namespace Helpdesk.Users.Migrations;

/// <summary>Remembers when each user last signed in, shown on the users admin pages.</summary>
[Migration(2026_12_03_130)]
[Tags(UsersFeature.Id)]
public sealed class LastSignInMigration : Migration
{
    public override void Up() =>
        Alter.Table(UsersTables.Users).AddColumn("LastSignInUtc").AsDateTime().Nullable();

    public override void Down() =>
        Delete.Column("LastSignInUtc").FromTable(UsersTables.Users);
}
