using System.Collections.Concurrent;
using System.Collections.Frozen;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace Helpdesk.ContentManagement.Metadata;

/// <summary>
/// An immutable bag of typed settings: one JSON section per settings class, named after the
/// class (<c>"ContentFieldSettings": { ... }, "TextFieldSettings": { ... }</c>), so modules add
/// their own settings to any definition without the framework knowing them. Typed sections are
/// read once and cached, so the hot path never parses settings again.
/// </summary>
[JsonConverter(typeof(ContentSettingsJsonConverter))]
public sealed class ContentSettings
{
    private readonly FrozenDictionary<string, JsonElement> _sections;
    private readonly ConcurrentDictionary<Type, object> _typed = new();

    public ContentSettings(IEnumerable<KeyValuePair<string, JsonElement>> sections)
    {
        _sections = sections.ToFrozenDictionary(StringComparer.OrdinalIgnoreCase);
    }

    public static ContentSettings Empty { get; } = new([]);

    /// <summary>The raw sections, e.g. for an admin screen that shows settings of unknown modules.</summary>
    public IReadOnlyDictionary<string, JsonElement> Sections => _sections;

    /// <summary>
    /// The section named after <typeparamref name="T"/>, or a new <typeparamref name="T"/> with its
    /// defaults when the bag has none. Treat the result as read-only: it is shared.
    /// </summary>
    public T Get<T>()
        where T : class, new() => (T)Get(typeof(T));

    /// <inheritdoc cref="Get{T}"/>
    /// <exception cref="JsonException">The section does not fit the settings class.</exception>
    public object Get(Type settingsType)
    {
        ArgumentNullException.ThrowIfNull(settingsType);
        if (_typed.TryGetValue(settingsType, out var cached))
        {
            return cached;
        }

        var value = _sections.TryGetValue(settingsType.Name, out var section)
            ? section.Deserialize(settingsType, ContentJson.Options)
            : null;

        return _typed.GetOrAdd(settingsType, value ?? Activator.CreateInstance(settingsType)!);
    }

    public bool Has<T>() => _sections.ContainsKey(typeof(T).Name);

    /// <summary>A copy of the bag whose section for <typeparamref name="T"/> is the given value.</summary>
    public ContentSettings With<T>(T settings)
        where T : class =>
        With(typeof(T).Name, JsonSerializer.SerializeToElement(settings, ContentJson.Options));

    /// <summary>A copy of the bag with a raw section replaced or added.</summary>
    public ContentSettings With(string sectionName, JsonElement section)
    {
        var sections = _sections.ToDictionary(StringComparer.OrdinalIgnoreCase);
        sections[sectionName] = section.Clone();

        return new ContentSettings(sections);
    }

    public ContentSettings Without<T>() =>
        new(_sections.Where(s => !string.Equals(s.Key, typeof(T).Name, StringComparison.OrdinalIgnoreCase)));
}
