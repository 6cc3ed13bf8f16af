using System.Text.Json;
using System.Text.Json.Serialization;

namespace Helpdesk.ContentManagement.Metadata;

/// <summary>Writes a <see cref="ContentSettings"/> as a JSON object of its sections.</summary>
public sealed class ContentSettingsJsonConverter : JsonConverter<ContentSettings>
{
    public override ContentSettings Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        if (reader.TokenType == JsonTokenType.Null)
        {
            return ContentSettings.Empty;
        }

        if (reader.TokenType != JsonTokenType.StartObject)
        {
            throw new JsonException("Settings must be a JSON object of sections, e.g. { \"ContentFieldSettings\": { } }.");
        }

        var sections = new List<KeyValuePair<string, JsonElement>>();
        while (reader.Read() && reader.TokenType != JsonTokenType.EndObject)
        {
            var name = reader.GetString()!;
            reader.Read();
            sections.Add(new(name, JsonElement.ParseValue(ref reader)));
        }

        return new ContentSettings(sections);
    }

    public override void Write(Utf8JsonWriter writer, ContentSettings value, JsonSerializerOptions options)
    {
        writer.WriteStartObject();
        foreach (var (name, section) in value.Sections.OrderBy(s => s.Key, StringComparer.Ordinal))
        {
            writer.WritePropertyName(name);
            section.WriteTo(writer);
        }

        writer.WriteEndObject();
    }
}
