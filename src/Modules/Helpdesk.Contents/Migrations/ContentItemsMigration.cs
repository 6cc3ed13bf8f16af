using FluentMigrator;

namespace Helpdesk.Contents.Migrations;

/// <summary>Content items (one row per version, content as JSON text) and their index.</summary>
[Migration(2026_12_03_500)]
[Tags("Helpdesk.Contents")]
public sealed class ContentItemsMigration : Migration
{
    public override void Up()
    {
        Create.Table("ContentItems")
            .WithColumn("Id").AsInt32().PrimaryKey().Identity()
            .WithColumn("ContentItemId").AsString(50).NotNullable()
            .WithColumn("ContentItemVersionId").AsString(50).NotNullable()
            .WithColumn("ContentType").AsString(100).NotNullable()
            .WithColumn("DisplayText").AsString(500).NotNullable()
            .WithColumn("Owner").AsString(100).Nullable()
            .WithColumn("Author").AsString(100).Nullable()
            .WithColumn("CreatedUtc").AsDateTime().NotNullable()
            .WithColumn("ModifiedUtc").AsDateTime().NotNullable()
            .WithColumn("PublishedUtc").AsDateTime().Nullable()
            .WithColumn("Published").AsBoolean().NotNullable()
            .WithColumn("Latest").AsBoolean().NotNullable()
            .WithColumn("Content").AsString(int.MaxValue).NotNullable();
        Create.Index("IX_ContentItems_ContentItemId").OnTable("ContentItems").OnColumn("ContentItemId");
        Create.Index("IX_ContentItems_ContentItemVersionId").OnTable("ContentItems")
            .OnColumn("ContentItemVersionId").Ascending()
            .WithOptions().Unique();

        Create.Table("ContentItemIndex")
            .WithColumn("Id").AsInt32().PrimaryKey().Identity()
            .WithColumn("ContentItemId").AsString(50).NotNullable()
            .WithColumn("ContentItemVersionId").AsString(50).NotNullable()
            .WithColumn("ContentType").AsString(100).NotNullable()
            .WithColumn("DisplayText").AsString(500).NotNullable()
            .WithColumn("Owner").AsString(100).Nullable()
            .WithColumn("Author").AsString(100).Nullable()
            .WithColumn("CreatedUtc").AsDateTime().NotNullable()
            .WithColumn("ModifiedUtc").AsDateTime().NotNullable()
            .WithColumn("PublishedUtc").AsDateTime().Nullable()
            .WithColumn("Published").AsBoolean().NotNullable()
            .WithColumn("Latest").AsBoolean().NotNullable();
        Create.Index("IX_ContentItemIndex_ContentItemId").OnTable("ContentItemIndex").OnColumn("ContentItemId");
        Create.Index("IX_ContentItemIndex_ContentType").OnTable("ContentItemIndex")
            .OnColumn("ContentType").Ascending()
            .OnColumn("Latest").Ascending()
            .OnColumn("Published").Ascending();
        Create.Index("IX_ContentItemIndex_Owner").OnTable("ContentItemIndex").OnColumn("Owner");
    }

    public override void Down()
    {
        Delete.Table("ContentItemIndex");
        Delete.Table("ContentItems");
    }
}
