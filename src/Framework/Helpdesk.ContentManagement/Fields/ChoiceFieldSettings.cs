namespace Helpdesk.ContentManagement.Fields;

public sealed record ChoiceFieldSettings
{
    public ChoiceEditor Editor { get; init; } = ChoiceEditor.Dropdown;

    public IReadOnlyList<ChoiceOption> Options { get; init; } = [];

    public bool Multiple => Editor == ChoiceEditor.MultiSelect;
}
