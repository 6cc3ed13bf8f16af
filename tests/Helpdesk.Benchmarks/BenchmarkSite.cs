using Helpdesk.ContentManagement;
using Helpdesk.ContentManagement.Fields;
using Helpdesk.ContentManagement.Metadata;
using Helpdesk.ContentManagement.Taxonomies;
using Helpdesk.Data;
using Helpdesk.Infrastructure.Settings;
using Helpdesk.Modularity.Features;
using Helpdesk.Testing;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.DependencyInjection;

namespace Helpdesk.Benchmarks;

/// <summary>
/// The site's real services over a fresh SQLite file in a temp folder, with the Contents feature
/// enabled and the request type "ServiceReport" of ten fields, one item of which is stored.
/// </summary>
public sealed class BenchmarkSite : IAsyncDisposable
{
    public const string TypeName = "ServiceReport";

    private readonly string _root = Path.Combine(Path.GetTempPath(), "helpdesk-benchmarks", Guid.NewGuid().ToString("N"));
    private ServiceProvider? _services;

    public IServiceProvider Services => _services ?? throw new InvalidOperationException("The site is not started.");

    /// <summary>The id of the stored item with every field filled in.</summary>
    public string ItemId { get; private set; } = "";

    public static async Task<BenchmarkSite> StartAsync()
    {
        var site = new BenchmarkSite();
        await site.InitializeAsync();

        return site;
    }

    public AsyncServiceScope CreateScope() => Services.CreateAsyncScope();

    public async ValueTask DisposeAsync()
    {
        if (_services is not null)
        {
            await _services.DisposeAsync();
        }

        SqliteConnection.ClearAllPools();
        Directory.Delete(_root, recursive: true);
    }

    private async Task InitializeAsync()
    {
        Directory.CreateDirectory(_root);
        _services = BuildServices();
        await _services.InitializeDatabaseAsync();

        await using var scope = CreateScope();
        var provider = scope.ServiceProvider;
        await provider.GetRequiredService<IFeatureManager>().EnableAsync(["Helpdesk.Contents"]);
        await provider.GetRequiredService<ISiteService>().SaveSettingsAsync(new SiteSettings
        {
            TimeZoneId = "Europe/Berlin",
            SetupCompletedUtc = DateTime.UtcNow,
        });
        await DefineTypeAsync(provider.GetRequiredService<IContentDefinitionManager>());
        ItemId = await CreateItemAsync(provider.GetRequiredService<IContentManager>());
    }

    private ServiceProvider BuildServices()
    {
        var services = SiteServices.Compose(_root, "Production");
        services.AddScoped<ITaxonomyTermSource, ProductTerms>();

        return services.BuildServiceProvider();
    }

    private static Task DefineTypeAsync(IContentDefinitionManager definitions)
    {
        var part = new ContentPartDefinition(TypeName)
        {
            Fields =
            [
                Text("Keyword", 1, TextEditor.SingleLine, required: true),
                Text("Request", 2, TextEditor.MultiLine, required: true),
                Text("Steps", 3, TextEditor.MultiLine),
                Text("Notes", 4, TextEditor.Markdown),
                Field("Product", "TaxonomyField", 5, new TaxonomyFieldSettings { TaxonomyId = ProductTerms.TaxonomyId }),
                Field("Priority", "ChoiceField", 6, new ChoiceFieldSettings
                {
                    Options = [new("low", "Low"), new("normal", "Normal"), new("high", "High"), new("critical", "Critical")],
                }),
                Field("Hours", "NumberField", 7, new NumberFieldSettings { Minimum = 0, Maximum = 100 }),
                Field("DesiredDate", "DateField", 8, new DateFieldSettings()),
                Field("CallBackAt", "DateTimeField", 9, new DateTimeFieldSettings()),
                Field("OnSite", "BooleanField", 10, new BooleanFieldSettings()),
            ],
        };
        var type = new ContentTypeDefinition(TypeName, "Service report")
        {
            Settings = ContentSettings.Empty.With(new ContentTypeSettings { Creatable = true, Stereotype = "Ticket" }),
            Parts = [new ContentTypePartDefinition(TypeName)],
        };

        return definitions.SaveAsync([part], [type]);
    }

    private static async Task<string> CreateItemAsync(IContentManager contents)
    {
        var item = await contents.NewAsync(TypeName);
        item.SetField(TypeName, "Keyword", new TextField { Text = "Printer prints blank pages" });
        item.SetField(TypeName, "Request", new TextField { Text = "Since this morning every page comes out blank." });
        item.SetField(TypeName, "Steps", new TextField { Text = "Print any page from any program." });
        item.SetField(TypeName, "Notes", new TextField { Text = "Toner was **replaced** last week." });
        item.SetField(TypeName, "Product", new TaxonomyField { TermIds = ["bw-laser"] });
        item.SetField(TypeName, "Priority", new ChoiceField { Values = ["high"] });
        item.SetField(TypeName, "Hours", new NumberField { Value = 2 });
        item.SetField(TypeName, "DesiredDate", new DateField { Value = new DateOnly(2026, 12, 24) });
        item.SetField(TypeName, "CallBackAt", new DateTimeField { Value = new DateTime(2026, 12, 22, 9, 30, 0, DateTimeKind.Utc) });
        item.SetField(TypeName, "OnSite", new BooleanField { Value = true });
        await contents.CreateAsync(item, VersionOptions.Published);

        return item.ContentItemId;
    }

    private static ContentFieldDefinition Text(string name, int position, TextEditor editor, bool required = false) =>
        Field(name, "TextField", position, new TextFieldSettings { Editor = editor }, required);

    private static ContentFieldDefinition Field<TSettings>(string name, string fieldType, int position, TSettings settings, bool required = false)
        where TSettings : class =>
        new(name, fieldType)
        {
            Settings = ContentSettings.Empty
                .With(new ContentFieldSettings { DisplayName = name, Position = position, Required = required })
                .With(settings),
        };
}
