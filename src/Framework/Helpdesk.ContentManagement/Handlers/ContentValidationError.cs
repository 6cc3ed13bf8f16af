namespace Helpdesk.ContentManagement.Handlers;

/// <summary>What is wrong with an item: the input it belongs to ("" for the whole item) and a localised message.</summary>
public sealed record ContentValidationError(string Key, string Message);
