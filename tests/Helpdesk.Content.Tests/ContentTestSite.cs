using Helpdesk.ContentManagement.Fields;
using Helpdesk.ContentManagement.Handlers;
using Helpdesk.ContentManagement.Metadata;
using Helpdesk.ContentManagement.Taxonomies;
using Helpdesk.ContentManagement.Users;
using Helpdesk.Data;
using Helpdesk.Infrastructure.Settings;
using Helpdesk.Modularity.Features;
using Helpdesk.Testing;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace Helpdesk.Content.Tests;

/// <summary>
/// The real services of the site over a fresh SQLite file in a temp folder, with the Contents
/// feature enabled, MVC's view engine for rendering field views, and the request type
/// "Request" that has a field of every type.
/// </summary>
public sealed class ContentTestSite : IAsyncLifetime
{
    public const string TimeZoneId = "Europe/Berlin";

    private readonly string _root = Path.Combine(Path.GetTempPath(), "helpdesk-content-tests", Guid.NewGuid().ToString("N"));
    private ServiceProvider? _services;

    public IServiceProvider Services => _services ?? throw new InvalidOperationException("The site is not started.");

    public AsyncServiceScope CreateScope() => Services.CreateAsyncScope();

    public async Task InitializeAsync()
    {
        Directory.CreateDirectory(_root);
        _services = BuildServices();
        await _services.InitializeDatabaseAsync();

        await using var scope = CreateScope();
        await scope.ServiceProvider.GetRequiredService<IFeatureManager>().EnableAsync(["Helpdesk.Contents"]);
        await scope.ServiceProvider.GetRequiredService<ISiteService>().SaveSettingsAsync(new SiteSettings
        {
            TimeZoneId = TimeZoneId,
            SetupCompletedUtc = DateTime.UtcNow,
        });
        await DefineTypesAsync(scope.ServiceProvider.GetRequiredService<IContentDefinitionManager>());
    }

    public async Task DisposeAsync()
    {
        if (_services is not null)
        {
            await _services.DisposeAsync();
        }

        SqliteConnection.ClearAllPools();
        Directory.Delete(_root, recursive: true);
    }

    private ServiceProvider BuildServices()
    {
        var services = SiteServices.Compose(_root, "Testing");
        services.AddScoped<ITaxonomyTermSource, TestTaxonomyTermSource>();
        // The Users module registers the real lookup; these tests pick from a fixed set of users.
        services.RemoveAll<IUserLookup>();
        services.AddScoped<IUserLookup, TestUserLookup>();
        services.AddScoped<IContentHandler, FailingHandler>();

        return services.BuildServiceProvider(new ServiceProviderOptions { ValidateScopes = true });
    }

    private static async Task DefineTypesAsync(IContentDefinitionManager definitions)
    {
        var request = new ContentPartDefinition("Request")
        {
            Fields =
            [
                Field("Keyword", "TextField", new() { DisplayName = "Keyword", Required = true, Position = 1, Hint = "In a few words." },
                    new TextFieldSettings { MaxLength = 40 }),
                Field("Description", "TextField", new() { DisplayName = "Description", Position = 2 },
                    new TextFieldSettings { Editor = TextEditor.Markdown }),
                Field("Priority", "ChoiceField", new() { DisplayName = "Priority", Required = true, Position = 3, DefaultValue = "normal" },
                    new ChoiceFieldSettings { Options = [new("low", "Low"), new("normal", "Normal"), new("high", "High")] }),
                Field("Product", "TaxonomyField", new() { DisplayName = "Product", Required = true, Position = 4 },
                    new TaxonomyFieldSettings { TaxonomyId = TestTaxonomyTermSource.Products, LeavesOnly = true }),
                Field("SerialNumber", "TextField", new()
                    {
                        DisplayName = "Serial number",
                        Required = true,
                        Position = 5,
                        Condition = new FieldCondition { FieldName = "Product", Operator = FieldConditionOperator.UnderTerm, Values = ["hardware"] },
                    },
                    new TextFieldSettings { Pattern = @"[A-Z]{2}-\d{4}", PatternDescription = "two capital letters, a dash and four digits" }),
                Field("Quantity", "NumberField", new() { DisplayName = "Quantity", Position = 6 },
                    new NumberFieldSettings { Minimum = 1, Maximum = 10 }),
                Field("DueDate", "DateField", new() { DisplayName = "Due date", Position = 7 }, new DateFieldSettings()),
                Field("CallBackAt", "DateTimeField", new() { DisplayName = "Call back at", Position = 8 }, new DateTimeFieldSettings()),
                Field("AcceptTerms", "BooleanField", new() { DisplayName = "I accept the terms", Required = true, Position = 9 },
                    new BooleanFieldSettings()),
                Field("Channels", "ChoiceField", new() { DisplayName = "Channels", Position = 10 },
                    new ChoiceFieldSettings { Editor = ChoiceEditor.MultiSelect, Options = [new("email", "E-mail"), new("phone", "Phone")] }),
                Field("Files", "AttachmentField", new() { DisplayName = "Files", Position = 11 },
                    new AttachmentFieldSettings { AllowedTypes = [".pdf", "image/*"], MaxFileSize = 1000, MaxCount = 2 }),
                Field("Assignee", "UserPickerField", new() { DisplayName = "Assignee", Required = true, Position = 12, VisibleToCustomers = false },
                    new UserPickerFieldSettings { Roles = ["Agent"] }),
                Field("Related", "ContentPickerField", new() { DisplayName = "Related article", Position = 13 },
                    new ContentPickerFieldSettings { ContentTypes = ["Article"] }),
                Field("InternalNote", "TextField", new() { DisplayName = "Internal note", Position = 14, VisibleToCustomers = false },
                    new TextFieldSettings { Editor = TextEditor.MultiLine }),
            ],
        };
        var article = new ContentPartDefinition("Article")
        {
            Fields = [Field("Body", "TextField", new() { DisplayName = "Body", Position = 1 }, new TextFieldSettings())],
        };

        await definitions.SaveAsync(
            [request, article],
            [
                Type("Request", "Request", new ContentTypeSettings { Creatable = true, Listable = true, Stereotype = "Ticket" }),
                Type("Article", "Article", new ContentTypeSettings { Creatable = true, Versionable = true }),
                Type("Note", "Note", new ContentTypeSettings()),
            ]);
    }

    private static ContentFieldDefinition Field<TSettings>(string name, string fieldType, ContentFieldSettings common, TSettings settings)
        where TSettings : class =>
        new(name, fieldType) { Settings = ContentSettings.Empty.With(common).With(settings) };

    private static ContentTypeDefinition Type(string name, string part, ContentTypeSettings settings) =>
        new(name, name)
        {
            Settings = ContentSettings.Empty.With(settings),
            Parts = [new ContentTypePartDefinition(part)],
        };
}
