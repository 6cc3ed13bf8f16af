using Helpdesk.ContentManagement.Fields;
using Helpdesk.ContentManagement.Metadata;
using Helpdesk.Data;
using Helpdesk.Modularity.Features;
using Helpdesk.Tests.Infrastructure;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Extensions.DependencyInjection;

namespace Helpdesk.BrowserTests;

/// <summary>
/// A site set up unattended and served by Kestrel on a free port, with Contents enabled and the
/// request type "Report a problem" (technical name ReportProblem) holding two fields.
/// </summary>
public sealed class ContentTypesBrowserSite : HelpdeskSiteFactory, IAsyncLifetime
{
    public const string TypeName = "ReportProblem";

    public const string TypeDisplayName = "Report a problem";

    public ContentTypesBrowserSite()
        : base(DatabaseProvider.Sqlite, unattendedSetup: true)
    {
        UseKestrel(0);
    }

    /// <summary>The address Kestrel listens on, e.g. <c>http://127.0.0.1:41234/</c>.</summary>
    public Uri Address
    {
        get
        {
            var addresses = Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()
                ?? throw new InvalidOperationException("The server reports no addresses: did the site start?");

            return new Uri(addresses.Addresses.First());
        }
    }

    async Task IAsyncLifetime.InitializeAsync()
    {
        await InitializeAsync();

        await using var scope = Services.CreateAsyncScope();
        await scope.ServiceProvider.GetRequiredService<IFeatureManager>().EnableAsync(["Helpdesk.Contents"]);
        await scope.ServiceProvider.GetRequiredService<IContentDefinitionManager>().SaveAsync([ReportProblemPart()], [ReportProblemType()]);
    }

    Task IAsyncLifetime.DisposeAsync() => DisposeAsync().AsTask();

    private static ContentPartDefinition ReportProblemPart() =>
        new(TypeName)
        {
            Fields =
            [
                new("Keyword", "TextField")
                {
                    Settings = ContentSettings.Empty
                        .With(new ContentFieldSettings { DisplayName = "Keyword", Required = true, Position = 1 })
                        .With(new TextFieldSettings { MaxLength = 80 }),
                },
                new("Request", "TextField")
                {
                    Settings = ContentSettings.Empty
                        .With(new ContentFieldSettings { DisplayName = "Request", Position = 2 })
                        .With(new TextFieldSettings { Editor = TextEditor.MultiLine }),
                },
            ],
        };

    private static ContentTypeDefinition ReportProblemType() =>
        new(TypeName, TypeDisplayName)
        {
            Settings = ContentSettings.Empty.With(new ContentTypeSettings { Creatable = true, Listable = true, Stereotype = "Ticket" }),
            Parts = [new ContentTypePartDefinition(TypeName)],
        };
}
