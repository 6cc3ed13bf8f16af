namespace Helpdesk.ContentManagement.Fields;

/// <summary>An option of a choice list: the value stored and the label shown.</summary>
public sealed record ChoiceOption(string Value, string Label);
