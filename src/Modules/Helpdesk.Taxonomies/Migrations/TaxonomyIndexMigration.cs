using FluentMigrator;

namespace Helpdesk.Taxonomies.Migrations;

/// <summary>Which items chose which terms, and which terms lie beneath which.</summary>
[Migration(2026_12_03_700)]
[Tags("Helpdesk.Taxonomies")]
public sealed class TaxonomyIndexMigration : Migration
{
    public override void Up()
    {
        Create.Table("TaxonomyIndex")
            .WithColumn("Id").AsInt32().PrimaryKey().Identity()
            .WithColumn("ContentItemId").AsString(50).NotNullable()
            .WithColumn("ContentItemVersionId").AsString(50).NotNullable()
            .WithColumn("ContentType").AsString(100).NotNullable()
            .WithColumn("Field").AsString(201).NotNullable()
            .WithColumn("TaxonomyId").AsString(50).NotNullable()
            .WithColumn("TermId").AsString(50).NotNullable()
            .WithColumn("Published").AsBoolean().NotNullable()
            .WithColumn("Latest").AsBoolean().NotNullable();
        Create.Index("IX_TaxonomyIndex_ContentItemId").OnTable("TaxonomyIndex").OnColumn("ContentItemId");
        Create.Index("IX_TaxonomyIndex_Term").OnTable("TaxonomyIndex")
            .OnColumn("TaxonomyId").Ascending()
            .OnColumn("TermId").Ascending();

        Create.Table("TaxonomyTermAncestors")
            .WithColumn("Id").AsInt32().PrimaryKey().Identity()
            .WithColumn("TaxonomyId").AsString(50).NotNullable()
            .WithColumn("TermId").AsString(50).NotNullable()
            .WithColumn("AncestorTermId").AsString(50).NotNullable()
            .WithColumn("Distance").AsInt32().NotNullable();
        Create.Index("IX_TaxonomyTermAncestors_Ancestor").OnTable("TaxonomyTermAncestors")
            .OnColumn("TaxonomyId").Ascending()
            .OnColumn("AncestorTermId").Ascending();
    }

    public override void Down()
    {
        Delete.Table("TaxonomyTermAncestors");
        Delete.Table("TaxonomyIndex");
    }
}
