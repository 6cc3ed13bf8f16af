using Helpdesk.ContentManagement;
using Helpdesk.ContentManagement.Display;
using Helpdesk.ContentManagement.Handlers;
using Helpdesk.Contents.Data;
using Helpdesk.Contents.Drivers;
using Helpdesk.Contents.Handlers;
using Helpdesk.Contents.Recipes;
using Helpdesk.Contents.Services;
using Helpdesk.Data;
using Helpdesk.Infrastructure.Recipes;
using Helpdesk.Modularity;
using Helpdesk.Modularity.Navigation;
using Helpdesk.Modularity.Security;
using Microsoft.Extensions.DependencyInjection;

namespace Helpdesk.Contents;

public sealed class Startup : StartupBase
{
    public override void ConfigureServices(IServiceCollection services)
    {
        services.AddContentManagement();
        services.AddSingleton<IModelContributor, ContentsModelContributor>();
        services.AddScoped<IPermissionProvider, ContentsPermissions>();
        services.AddScoped<INavigationProvider, AdminMenu>();

        services.AddScoped<IContentDisplayManager, ContentDisplayManager>();
        services.AddScoped<FieldConditionEvaluator>();
        services.AddScoped<SiteTimeZone>();
        services.AddSingleton<MarkdownRenderer>();
        services.AddScoped<IContentHandler, ContentFieldsHandler>();
        services.AddScoped<IContentDisplayDriver, ContentMetaDisplayDriver>();

        services.AddScoped<IContentFieldDisplayDriver, TextFieldDisplayDriver>();
        services.AddScoped<IContentFieldDisplayDriver, NumberFieldDisplayDriver>();
        services.AddScoped<IContentFieldDisplayDriver, BooleanFieldDisplayDriver>();
        services.AddScoped<IContentFieldDisplayDriver, DateFieldDisplayDriver>();
        services.AddScoped<IContentFieldDisplayDriver, DateTimeFieldDisplayDriver>();
        services.AddScoped<IContentFieldDisplayDriver, ChoiceFieldDisplayDriver>();
        services.AddScoped<IContentFieldDisplayDriver, TaxonomyFieldDisplayDriver>();
        services.AddScoped<IContentFieldDisplayDriver, AttachmentFieldDisplayDriver>();
        services.AddScoped<IContentFieldDisplayDriver, UserPickerFieldDisplayDriver>();
        services.AddScoped<IContentFieldDisplayDriver, ContentPickerFieldDisplayDriver>();

        services.AddScoped<IRecipeStepHandler, ContentDefinitionsStep>();
        services.AddScoped<IRecipeStepHandler, ContentStep>();

        services.AddScoped<ContentTypeAdminService>();
        services.AddScoped<FieldSettingsEditor>();
        services.AddScoped<TaxonomyChoices>();
        services.AddScoped<FieldConditionValues>();
        services.AddScoped<FieldTypeLabels>();
        services.AddScoped<ContentDefinitionsExporter>();
    }
}
