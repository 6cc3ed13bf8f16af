using FluentMigrator;

namespace Helpdesk.Data.Migrations;

/// <summary>The framework's own tables: singleton documents and data-protection keys.</summary>
[Migration(2026_12_03_001)]
[Tags(MigrationService.CoreTag)]
public sealed class CoreMigration : Migration
{
    public override void Up()
    {
        Create.Table("Documents")
            .WithColumn("Id").AsString(200).PrimaryKey()
            .WithColumn("Content").AsString(int.MaxValue).NotNullable()
            .WithColumn("Version").AsInt32().NotNullable();

        Create.Table("DataProtectionKeys")
            .WithColumn("Id").AsInt32().PrimaryKey().Identity()
            .WithColumn("FriendlyName").AsString(int.MaxValue).Nullable()
            .WithColumn("Xml").AsString(int.MaxValue).Nullable();
    }

    public override void Down()
    {
        Delete.Table("DataProtectionKeys");
        Delete.Table("Documents");
    }
}
