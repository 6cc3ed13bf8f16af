namespace Helpdesk.Contents.ViewModels;

/// <summary>An option of a choice, user or content picker.</summary>
public sealed record PickerOption(string Value, string Label, bool Selected);
