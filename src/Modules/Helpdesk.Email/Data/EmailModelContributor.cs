using Helpdesk.Data;
using Helpdesk.Email.Models;
using Microsoft.EntityFrameworkCore;

namespace Helpdesk.Email.Data;

/// <summary>Maps the outbox tables created by <see cref="Migrations.EmailOutboxMigration"/>.</summary>
public sealed class EmailModelContributor : IModelContributor
{
    public void Configure(ModelBuilder modelBuilder)
    {
        modelBuilder.Entity<OutboxMessage>(message =>
        {
            message.ToTable("EmailOutbox");
            message.HasKey(m => m.Id);
            message.Property(m => m.MessageId).HasMaxLength(250);
            message.Property(m => m.ToAddresses).HasMaxLength(4000);
            message.Property(m => m.CcAddresses).HasMaxLength(4000);
            message.Property(m => m.ReplyToAddresses).HasMaxLength(1000);
            message.Property(m => m.Subject).HasMaxLength(1000);
            message.Property(m => m.LastError).HasMaxLength(2000);
            message.Property(m => m.LastResponse).HasMaxLength(1000);
            message.Property(m => m.ClaimedBy).HasMaxLength(200);
            message.HasIndex(m => m.MessageId).IsUnique().HasDatabaseName("UX_EmailOutbox_MessageId");
            message.HasIndex(m => new { m.State, m.NextAttemptUtc }).HasDatabaseName("IX_EmailOutbox_State_NextAttemptUtc");
            message.HasMany(m => m.Attachments)
                .WithOne()
                .HasForeignKey(a => a.OutboxMessageId)
                .HasConstraintName("FK_EmailOutboxAttachments_EmailOutbox")
                .OnDelete(DeleteBehavior.Cascade);
        });

        modelBuilder.Entity<OutboxAttachment>(attachment =>
        {
            attachment.ToTable("EmailOutboxAttachments");
            attachment.HasKey(a => a.Id);
            attachment.Property(a => a.FileName).HasMaxLength(255);
            attachment.Property(a => a.ContentType).HasMaxLength(200);
            attachment.HasIndex(a => a.OutboxMessageId).HasDatabaseName("IX_EmailOutboxAttachments_OutboxMessageId");
        });
    }
}
