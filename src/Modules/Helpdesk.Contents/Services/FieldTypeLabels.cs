using Helpdesk.ContentManagement.Fields;
using Microsoft.Extensions.Localization;

namespace Helpdesk.Contents.Services;

/// <summary>The names admins read for field types; a type of another module shows its technical name.</summary>
public sealed class FieldTypeLabels
{
    public FieldTypeLabels(IStringLocalizer<FieldTypeLabels> localizer)
    {
        S = localizer;
    }

    private IStringLocalizer S { get; }

    public string For(string fieldType) => fieldType switch
    {
        nameof(TextField) => S["Text"],
        nameof(NumberField) => S["Number"],
        nameof(BooleanField) => S["Yes/no"],
        nameof(DateField) => S["Date"],
        nameof(DateTimeField) => S["Date and time"],
        nameof(ChoiceField) => S["Choice list"],
        nameof(TaxonomyField) => S["Taxonomy terms"],
        nameof(AttachmentField) => S["Attachments"],
        nameof(UserPickerField) => S["User picker"],
        nameof(ContentPickerField) => S["Content picker"],
        _ => fieldType,
    };
}
