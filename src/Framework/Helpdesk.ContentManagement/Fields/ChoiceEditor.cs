namespace Helpdesk.ContentManagement.Fields;

public enum ChoiceEditor
{
    Dropdown,
    Radio,
    MultiSelect,
}
