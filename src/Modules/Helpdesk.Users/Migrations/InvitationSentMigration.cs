using FluentMigrator;
using Helpdesk.Users.Models;

namespace Helpdesk.Users.Migrations;

/// <summary>Remembers when each user was last invited, shown on the users and customers admin pages.</summary>
[Migration(2026_12_03_150)]
[Tags(UsersFeature.Id)]
public sealed class InvitationSentMigration : Migration
{
    public override void Up() =>
        Alter.Table(UsersTables.Users).AddColumn("InvitationSentUtc").AsDateTime().Nullable();

    public override void Down() =>
        Delete.Column("InvitationSentUtc").FromTable(UsersTables.Users);
}
