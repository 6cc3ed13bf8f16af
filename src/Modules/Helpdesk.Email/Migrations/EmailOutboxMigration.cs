using FluentMigrator;

namespace Helpdesk.Email.Migrations;

/// <summary>The outbox: messages waiting to be sent or already sent, and their attachments.</summary>
[Migration(2026_12_03_400)]
[Tags("Helpdesk.Email")]
public sealed class EmailOutboxMigration : Migration
{
    public override void Up()
    {
        Create.Table("EmailOutbox")
            .WithColumn("Id").AsInt64().PrimaryKey().Identity()
            .WithColumn("MessageId").AsString(250).NotNullable()
            .WithColumn("State").AsInt32().NotNullable()
            .WithColumn("ToAddresses").AsString(4000).NotNullable()
            .WithColumn("CcAddresses").AsString(4000).Nullable()
            .WithColumn("ReplyToAddresses").AsString(1000).Nullable()
            .WithColumn("Subject").AsString(1000).NotNullable()
            .WithColumn("HtmlBody").AsString(int.MaxValue).Nullable()
            .WithColumn("TextBody").AsString(int.MaxValue).Nullable()
            .WithColumn("Headers").AsString(int.MaxValue).Nullable()
            .WithColumn("Attempts").AsInt32().NotNullable()
            .WithColumn("NextAttemptUtc").AsDateTime().NotNullable()
            .WithColumn("LastError").AsString(2000).Nullable()
            .WithColumn("LastResponse").AsString(1000).Nullable()
            .WithColumn("ClaimedBy").AsString(200).Nullable()
            .WithColumn("ClaimedUntilUtc").AsDateTime().Nullable()
            .WithColumn("CreatedUtc").AsDateTime().NotNullable()
            .WithColumn("SentUtc").AsDateTime().Nullable();

        Create.Index("UX_EmailOutbox_MessageId").OnTable("EmailOutbox")
            .OnColumn("MessageId").Ascending().WithOptions().Unique();
        Create.Index("IX_EmailOutbox_State_NextAttemptUtc").OnTable("EmailOutbox")
            .OnColumn("State").Ascending()
            .OnColumn("NextAttemptUtc").Ascending();

        Create.Table("EmailOutboxAttachments")
            .WithColumn("Id").AsInt64().PrimaryKey().Identity()
            .WithColumn("OutboxMessageId").AsInt64().NotNullable()
                .ForeignKey("FK_EmailOutboxAttachments_EmailOutbox", "EmailOutbox", "Id").OnDelete(System.Data.Rule.Cascade)
            .WithColumn("FileName").AsString(255).NotNullable()
            .WithColumn("ContentType").AsString(200).NotNullable()
            .WithColumn("Length").AsInt32().NotNullable()
            .WithColumn("Content").AsBinary(int.MaxValue).NotNullable();

        Create.Index("IX_EmailOutboxAttachments_OutboxMessageId").OnTable("EmailOutboxAttachments")
            .OnColumn("OutboxMessageId").Ascending();
    }

    public override void Down()
    {
        Delete.Table("EmailOutboxAttachments");
        Delete.Table("EmailOutbox");
    }
}
