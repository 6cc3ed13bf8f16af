using Helpdesk.ContentManagement.Display;

namespace Helpdesk.Contents.ViewModels;

/// <summary>A field shown as one or more texts (a number, a date, option labels, names, term paths).</summary>
public sealed class FieldValuesDisplayViewModel : FieldDisplayViewModel
{
    public IReadOnlyList<string> Values { get; set; } = [];
}
