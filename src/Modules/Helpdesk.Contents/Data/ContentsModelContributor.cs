using Helpdesk.ContentManagement.Records;
using Helpdesk.Data;
using Microsoft.EntityFrameworkCore;

namespace Helpdesk.Contents.Data;

/// <summary>Maps the tables of <see cref="Migrations.ContentItemsMigration"/>.</summary>
public sealed class ContentsModelContributor : IModelContributor
{
    public void Configure(ModelBuilder modelBuilder)
    {
        modelBuilder.Entity<ContentItemRecord>(item =>
        {
            item.ToTable("ContentItems");
            item.HasKey(i => i.Id);
            item.Property(i => i.ContentItemId).HasMaxLength(50);
            item.Property(i => i.ContentItemVersionId).HasMaxLength(50);
            item.Property(i => i.ContentType).HasMaxLength(100);
            item.Property(i => i.DisplayText).HasMaxLength(500);
            item.Property(i => i.Owner).HasMaxLength(100);
            item.Property(i => i.Author).HasMaxLength(100);
            item.HasIndex(i => i.ContentItemId).HasDatabaseName("IX_ContentItems_ContentItemId");
            item.HasIndex(i => i.ContentItemVersionId).IsUnique().HasDatabaseName("IX_ContentItems_ContentItemVersionId");
        });

        modelBuilder.Entity<ContentItemIndex>(index =>
        {
            index.ToTable("ContentItemIndex");
            index.HasKey(i => i.Id);
            index.Property(i => i.ContentItemId).HasMaxLength(50);
            index.Property(i => i.ContentItemVersionId).HasMaxLength(50);
            index.Property(i => i.ContentType).HasMaxLength(100);
            index.Property(i => i.DisplayText).HasMaxLength(500);
            index.Property(i => i.Owner).HasMaxLength(100);
            index.Property(i => i.Author).HasMaxLength(100);
            index.HasIndex(i => i.ContentItemId).HasDatabaseName("IX_ContentItemIndex_ContentItemId");
            index.HasIndex(i => new { i.ContentType, i.Latest, i.Published }).HasDatabaseName("IX_ContentItemIndex_ContentType");
            index.HasIndex(i => i.Owner).HasDatabaseName("IX_ContentItemIndex_Owner");
        });
    }
}
