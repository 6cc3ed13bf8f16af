using FluentMigrator;
using Helpdesk.Tests.SampleModule.Models;

namespace Helpdesk.Tests.SampleModule.Migrations;

[Migration(2026_12_03_901)]
[Tags(SampleFeatures.Notes)]
public sealed class SampleNotesMigration : Migration
{
    public override void Up()
    {
        Create.Table("SampleNotes")
            .WithColumn("Id").AsInt32().PrimaryKey().Identity()
            .WithColumn("Text").AsString(SampleNoteModel.TextMaxLength).NotNullable()
            .WithColumn("Pinned").AsBoolean().NotNullable().WithDefaultValue(false)
            .WithColumn("CreatedUtc").AsDateTime().NotNullable();
    }

    public override void Down()
    {
        Delete.Table("SampleNotes");
    }
}
