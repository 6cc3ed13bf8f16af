using System.Text.Json;

namespace Helpdesk.Recipes.Steps;

/// <summary>
/// What a <c>feature</c> step asks for: <c>{"name": "feature", "enable": [...], "disable": [...]}</c>.
/// Reading is lenient (items that are not strings are skipped); <see cref="FeatureStep"/> reports them.
/// </summary>
public sealed record FeatureChanges(IReadOnlyList<string> Enable, IReadOnlyList<string> Disable)
{
    public const string EnableProperty = "enable";
    public const string DisableProperty = "disable";

    public static FeatureChanges Read(JsonElement step) =>
        new(Ids(step, EnableProperty), Ids(step, DisableProperty));

    private static List<string> Ids(JsonElement step, string propertyName)
    {
        if (step.ValueKind != JsonValueKind.Object
            || !step.TryGetProperty(propertyName, out var list)
            || list.ValueKind != JsonValueKind.Array)
        {
            return [];
        }

        return list.EnumerateArray()
            .Where(item => item.ValueKind == JsonValueKind.String)
            .Select(item => item.GetString()!)
            .ToList();
    }
}
