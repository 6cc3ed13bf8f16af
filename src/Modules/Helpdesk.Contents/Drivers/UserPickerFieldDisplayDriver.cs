using Helpdesk.ContentManagement.Display;
using Helpdesk.ContentManagement.Fields;
using Helpdesk.ContentManagement.Users;
using Helpdesk.Contents.ViewModels;
using Helpdesk.Modularity.Features;
using Microsoft.Extensions.Localization;

namespace Helpdesk.Contents.Drivers;

/// <summary>
/// Users chosen from a list (e.g. the agent responsible), found through the
/// <see cref="IUserLookup"/> the Users module provides. NOTE: the editor lists the first
/// <see cref="ListLimit"/> users; a search as you type belongs with the Users admin screens.
/// </summary>
public sealed class UserPickerFieldDisplayDriver : ContentFieldDisplayDriver<UserPickerField, UserPickerFieldSettings>
{
    public const int ListLimit = 200;

    private readonly IEnumerable<IUserLookup> _lookups;
    private readonly IFeatureGate _gate;

    public UserPickerFieldDisplayDriver(
        IEnumerable<IUserLookup> lookups,
        IFeatureGate gate,
        IStringLocalizer<UserPickerFieldDisplayDriver> localizer)
    {
        _lookups = lookups;
        _gate = gate;
        S = localizer;
    }

    public override string ValueProperty => nameof(UserPickerField.UserIds);

    private IStringLocalizer S { get; }

    private IUserLookup? Users => _gate.Active(_lookups).FirstOrDefault();

    protected override bool HasValue(UserPickerField field) => field.UserIds.Length > 0;

    protected override IReadOnlyList<string> ConditionValues(UserPickerField field) => field.UserIds;

    protected override bool ApplyDefault(UserPickerField field, string defaultValue, UserPickerFieldSettings settings)
    {
        field.UserIds = [defaultValue];

        return true;
    }

    protected override async ValueTask<ContentShape?> DisplayAsync(
        UserPickerField field,
        UserPickerFieldSettings settings,
        ContentFieldContext context)
    {
        var model = DisplayModel<FieldValuesDisplayViewModel>(context);
        var names = new List<string>();
        foreach (var userId in field.UserIds)
        {
            var user = Users is { } users ? await users.FindAsync(userId, context.Content.CancellationToken) : null;
            names.Add(user?.DisplayName ?? userId);
        }

        model.Values = names;

        return DisplayShape(context, model);
    }

    protected override async ValueTask<ContentShape?> EditAsync(
        UserPickerField field,
        UserPickerFieldSettings settings,
        ContentFieldContext context)
    {
        var chosen = context.Content.IsPostBack ? Read(context) : field.UserIds;
        var model = EditorModel<PickerFieldEditViewModel>(context);
        model.Multiple = settings.Multiple;
        model.Available = Users is not null;
        if (Users is { } users)
        {
            var listed = await users.SearchAsync(null, settings.Roles, ListLimit, context.Content.CancellationToken);
            model.Options = listed.Select(u => new PickerOption(u.UserId, Label(u), chosen.Contains(u.UserId))).ToList();
        }

        return EditorShape(context, model);
    }

    protected override ValueTask<UserPickerField?> UpdateAsync(UserPickerFieldSettings settings, ContentFieldContext context) =>
        ValueTask.FromResult<UserPickerField?>(new UserPickerField { UserIds = Read(context) });

    protected override async Task ValidateAsync(UserPickerField field, UserPickerFieldSettings settings, ContentFieldContext context)
    {
        var name = context.Field.DisplayName;
        if (Users is not { } users)
        {
            context.AddError(ValueProperty, S["{0} cannot be checked: user accounts are not available.", name]);
            return;
        }

        if (!settings.Multiple && field.UserIds.Length > 1)
        {
            context.AddError(ValueProperty, S["{0} allows only one choice.", name]);
            return;
        }

        foreach (var userId in field.UserIds)
        {
            var user = await users.FindAsync(userId, context.Content.CancellationToken);
            if (user is null)
            {
                context.AddError(ValueProperty, S["{0}: the chosen user does not exist.", name]);
                return;
            }

            if (settings.Roles.Count > 0 && !user.Roles.Any(settings.Roles.Contains))
            {
                context.AddError(ValueProperty, S["{0}: {1} may not be chosen here.", name, user.DisplayName]);
                return;
            }
        }
    }

    private static string Label(UserSummary user) =>
        string.IsNullOrEmpty(user.Email) ? user.DisplayName : $"{user.DisplayName} ({user.Email})";

    private string[] Read(ContentFieldContext context) =>
        context.Posted(ValueProperty).OfType<string>().Where(v => v.Length > 0).Distinct(StringComparer.Ordinal).ToArray();
}
