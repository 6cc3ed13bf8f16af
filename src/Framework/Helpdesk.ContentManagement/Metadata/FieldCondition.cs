namespace Helpdesk.ContentManagement.Metadata;

/// <summary>
/// Shows a field only when another field of the same item has a given value, e.g. "serial
/// number" only when the product is under Hardware. Checked in the browser and on the server.
/// </summary>
public sealed record FieldCondition
{
    /// <summary>The other field: <c>Field</c> in the same part, or <c>Part.Field</c>.</summary>
    public string FieldName { get; init; } = "";

    public FieldConditionOperator Operator { get; init; } = FieldConditionOperator.Equals;

    /// <summary>The values compared with: option values, <c>true</c>/<c>false</c>, term ids.</summary>
    public IReadOnlyList<string> Values { get; init; } = [];
}
