using Helpdesk.Data;
using Helpdesk.Taxonomies.Records;
using Microsoft.EntityFrameworkCore;

namespace Helpdesk.Taxonomies.Data;

/// <summary>Maps the tables of <see cref="Migrations.TaxonomyIndexMigration"/>.</summary>
public sealed class TaxonomiesModelContributor : IModelContributor
{
    public void Configure(ModelBuilder modelBuilder)
    {
        modelBuilder.Entity<TaxonomyIndex>(index =>
        {
            index.ToTable("TaxonomyIndex");
            index.HasKey(i => i.Id);
            index.Property(i => i.ContentItemId).HasMaxLength(50);
            index.Property(i => i.ContentItemVersionId).HasMaxLength(50);
            index.Property(i => i.ContentType).HasMaxLength(100);
            index.Property(i => i.Field).HasMaxLength(201);
            index.Property(i => i.TaxonomyId).HasMaxLength(50);
            index.Property(i => i.TermId).HasMaxLength(50);
            index.HasIndex(i => i.ContentItemId).HasDatabaseName("IX_TaxonomyIndex_ContentItemId");
            index.HasIndex(i => new { i.TaxonomyId, i.TermId }).HasDatabaseName("IX_TaxonomyIndex_Term");
        });

        modelBuilder.Entity<TaxonomyTermAncestor>(ancestor =>
        {
            ancestor.ToTable("TaxonomyTermAncestors");
            ancestor.HasKey(a => a.Id);
            ancestor.Property(a => a.TaxonomyId).HasMaxLength(50);
            ancestor.Property(a => a.TermId).HasMaxLength(50);
            ancestor.Property(a => a.AncestorTermId).HasMaxLength(50);
            ancestor.HasIndex(a => new { a.TaxonomyId, a.AncestorTermId }).HasDatabaseName("IX_TaxonomyTermAncestors_Ancestor");
        });
    }
}
