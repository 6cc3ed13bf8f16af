using FluentMigrator;
using Helpdesk.Customers.Models;
using Helpdesk.Users.Models;

namespace Helpdesk.Customers.Migrations;

/// <summary>Organisations, their e-mail domains and the customers' profiles.</summary>
[Migration(2026_12_03_600)]
[Tags(CustomersFeature.Id)]
public sealed class CustomersMigration : Migration
{
    public override void Up()
    {
        Create.Table(CustomersTables.Organisations)
            .WithColumn("Id").AsInt32().NotNullable().PrimaryKey("PK_Organisations").Identity()
            .WithColumn("Name").AsString(CustomersTables.NameLength).NotNullable()
            .WithColumn("NormalizedName").AsString(CustomersTables.NameLength).NotNullable()
            .WithColumn("Notes").AsString(CustomersTables.NotesLength).NotNullable()
            .WithColumn("MembersSeeOrganisationTickets").AsBoolean().NotNullable()
            .WithColumn("CreatedUtc").AsDateTime().NotNullable();
        Create.Index("UX_Organisations_NormalizedName").OnTable(CustomersTables.Organisations)
            .OnColumn("NormalizedName").Ascending().WithOptions().Unique();

        Create.Table(CustomersTables.OrganisationDomains)
            .WithColumn("Domain").AsString(CustomersTables.DomainLength).NotNullable().PrimaryKey("PK_OrganisationDomains")
            .WithColumn("OrganisationId").AsInt32().NotNullable()
                .ForeignKey("FK_OrganisationDomains_Organisations", CustomersTables.Organisations, "Id").OnDelete(System.Data.Rule.Cascade);
        Create.Index("IX_OrganisationDomains_OrganisationId").OnTable(CustomersTables.OrganisationDomains)
            .OnColumn("OrganisationId").Ascending();

        Create.Table(CustomersTables.CustomerProfiles)
            .WithColumn("UserId").AsString(UsersTables.KeyLength).NotNullable().PrimaryKey("PK_CustomerProfiles")
                .ForeignKey("FK_CustomerProfiles_Users", UsersTables.Users, "Id").OnDelete(System.Data.Rule.Cascade)
            .WithColumn("Phone").AsString(CustomersTables.PhoneLength).Nullable()
            .WithColumn("OrganisationId").AsInt32().Nullable()
                .ForeignKey("FK_CustomerProfiles_Organisations", CustomersTables.Organisations, "Id")
            .WithColumn("SeeOrganisationTickets").AsBoolean().Nullable();
        Create.Index("IX_CustomerProfiles_OrganisationId").OnTable(CustomersTables.CustomerProfiles)
            .OnColumn("OrganisationId").Ascending();
    }

    public override void Down()
    {
        Delete.Table(CustomersTables.CustomerProfiles);
        Delete.Table(CustomersTables.OrganisationDomains);
        Delete.Table(CustomersTables.Organisations);
    }
}
