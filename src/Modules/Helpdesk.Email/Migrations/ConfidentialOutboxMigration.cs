using FluentMigrator;

namespace Helpdesk.Email.Migrations;

/// <summary>Marks outbox messages whose text the admin outbox must not show (links that set a password).</summary>
[Migration(2026_12_04_400)]
[Tags("Helpdesk.Email")]
public sealed class ConfidentialOutboxMigration : Migration
{
    public override void Up() =>
        Alter.Table("EmailOutbox").AddColumn("IsConfidential").AsBoolean().NotNullable().WithDefaultValue(false);

    public override void Down() =>
        Delete.Column("IsConfidential").FromTable("EmailOutbox");
}
