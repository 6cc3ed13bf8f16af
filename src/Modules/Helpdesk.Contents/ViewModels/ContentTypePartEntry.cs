namespace Helpdesk.Contents.ViewModels;

/// <summary>A part of the type being edited: its name in the type, its definition and who else uses it.</summary>
public sealed record ContentTypePartEntry(string Name, string PartName, int FieldCount, IReadOnlyList<string> AlsoUsedBy);
