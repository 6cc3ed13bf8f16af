using Helpdesk.ContentManagement.Metadata;
using Helpdesk.Modularity.Features;
using Microsoft.Extensions.Localization;

namespace Helpdesk.Contents.Services;

/// <summary>
/// The changes the Content Types pages make to definitions. Each change is saved at once
/// through <see cref="IContentDefinitionManager"/>, so the next request's editors follow it.
/// </summary>
/// <remarks>
/// Fields live in parts; a part used by several types changes for all of them, which the
/// pages tell the admin beside the part and the field.
/// </remarks>
public sealed class ContentTypeAdminService
{
    private readonly IContentDefinitionManager _definitions;
    private readonly IEnumerable<IContentTypeUsage> _usages;
    private readonly IFeatureGate _gate;

    public ContentTypeAdminService(
        IContentDefinitionManager definitions,
        IEnumerable<IContentTypeUsage> usages,
        IFeatureGate gate,
        IStringLocalizer<ContentTypeAdminService> localizer)
    {
        _definitions = definitions;
        _usages = usages;
        _gate = gate;
        S = localizer;
    }

    private IStringLocalizer S { get; }

    /// <summary>A new type with a part of its own name, which holds the fields admins add.</summary>
    public async Task CreateTypeAsync(ContentTypeDefinition type, CancellationToken cancellationToken)
    {
        var existing = await _definitions.GetPartAsync(type.Name, cancellationToken);
        var part = existing ?? new ContentPartDefinition(type.Name) { DisplayName = type.DisplayName };
        var withPart = type with { Parts = [new ContentTypePartDefinition(type.Name)] };

        await _definitions.SaveAsync(existing is null ? [part] : [], [withPart], cancellationToken);
    }

    public Task SaveTypeAsync(ContentTypeDefinition type, CancellationToken cancellationToken) =>
        _definitions.SaveTypeAsync(type, cancellationToken);

    /// <summary>Adds an existing part, or a new empty one of that name, as the type's last part.</summary>
    public Task AddPartAsync(ContentTypeDefinition type, string partName, CancellationToken cancellationToken)
    {
        if (type.FindPart(partName) is not null)
        {
            throw new ContentDefinitionException(S["The content type already has the part {0}.", partName]);
        }

        var part = new ContentTypePartDefinition(partName);

        return SavePartsAsync(type, [.. type.Parts, part], cancellationToken);
    }

    /// <summary>Removes the part from the type; the part's definition and the items' values stay.</summary>
    public Task RemovePartAsync(ContentTypeDefinition type, string name, CancellationToken cancellationToken) =>
        SavePartsAsync(type, type.Parts.Where(p => p.Name != name).ToList(), cancellationToken);

    public Task MovePartAsync(ContentTypeDefinition type, string name, int offset, CancellationToken cancellationToken)
    {
        var parts = type.Parts.ToList();
        var index = parts.FindIndex(p => p.Name == name);

        return Swap(parts, index, index + offset)
            ? SavePartsAsync(type, parts, cancellationToken)
            : Task.CompletedTask;
    }

    public async Task AddFieldAsync(
        ContentTypeDefinition type,
        ContentTypePartDefinition typePart,
        ContentFieldDefinition field,
        CancellationToken cancellationToken)
    {
        var part = await GetPartAsync(typePart, cancellationToken);
        if (part.FindField(field.Name) is not null)
        {
            throw new ContentDefinitionException(S["The part {0} already has a field named {1}.", part.Name, field.Name]);
        }

        var position = type.Fields.Select(f => f.Settings.Position).DefaultIfEmpty(0).Max() + 1;
        var common = field.Common with { Position = position };
        var added = field with { Settings = field.Settings.With(common) };

        await _definitions.SavePartAsync(part with { Fields = [.. part.Fields, added] }, cancellationToken);
    }

    public async Task SaveFieldAsync(ContentTypeField field, ContentSettings settings, CancellationToken cancellationToken)
    {
        var part = await GetPartAsync(field.TypePart, cancellationToken);
        var fields = part.Fields.Select(f => f.Name == field.FieldName ? f with { Settings = settings } : f).ToList();

        await _definitions.SavePartAsync(part with { Fields = fields }, cancellationToken);
    }

    public async Task RemoveFieldAsync(ContentTypeField field, CancellationToken cancellationToken)
    {
        var part = await GetPartAsync(field.TypePart, cancellationToken);
        var fields = part.Fields.Where(f => f.Name != field.FieldName).ToList();

        await _definitions.SavePartAsync(part with { Fields = fields }, cancellationToken);
    }

    /// <summary>Moves the field one place up (-1) or down (+1) in the type and numbers all its fields' positions anew.</summary>
    public async Task MoveFieldAsync(ContentTypeDefinition type, ContentTypeField field, int offset, CancellationToken cancellationToken)
    {
        var order = type.Fields.ToList();
        var index = order.FindIndex(f => f.InputPrefix == field.InputPrefix);
        if (!Swap(order, index, index + offset))
        {
            return;
        }

        var positions = new Dictionary<(string Part, string Field), int>();
        for (var i = 0; i < order.Count; i++)
        {
            positions.TryAdd((order[i].TypePart.PartName, order[i].FieldName), i + 1);
        }

        var definitions = await _definitions.GetDefinitionsAsync(cancellationToken);
        var parts = order
            .Select(f => f.TypePart.PartName)
            .Distinct(StringComparer.Ordinal)
            .Select(definitions.FindPart)
            .OfType<ContentPartDefinition>()
            .Select(part => part with { Fields = part.Fields.Select(f => Positioned(part.Name, f, positions)).ToList() })
            .ToList();

        await _definitions.SaveAsync(parts, [], cancellationToken);
    }

    /// <summary>Deletes the type, and its own part when no other type uses it.</summary>
    /// <exception cref="ContentDefinitionException">Items of the type exist, or a module still needs it (<see cref="IContentTypeUsage"/>).</exception>
    public async Task DeleteTypeAsync(ContentTypeDefinition type, CancellationToken cancellationToken)
    {
        foreach (var usage in _gate.Active(_usages))
        {
            if (await usage.FindUseAsync(type.Name, cancellationToken) is { } reason)
            {
                throw new ContentDefinitionException(S["The content type {0} cannot be deleted: {1}", type.Name, reason]);
            }
        }

        await _definitions.DeleteTypeAsync(type.Name, cancellationToken);

        var definitions = await _definitions.GetDefinitionsAsync(cancellationToken);
        var ownPart = definitions.FindPart(type.Name);
        if (ownPart is not null && !definitions.Types.Any(t => t.Parts.Any(p => p.PartName == ownPart.Name)))
        {
            await _definitions.DeletePartAsync(ownPart.Name, cancellationToken);
        }
    }

    private Task SavePartsAsync(ContentTypeDefinition type, List<ContentTypePartDefinition> parts, CancellationToken cancellationToken)
    {
        var positioned = parts
            .Select((part, index) => part with { Settings = part.Settings.With(part.TypePartSettings with { Position = index }) })
            .ToList();

        return _definitions.SaveTypeAsync(type with { Parts = positioned }, cancellationToken);
    }

    private async Task<ContentPartDefinition> GetPartAsync(ContentTypePartDefinition typePart, CancellationToken cancellationToken) =>
        await _definitions.GetPartAsync(typePart.PartName, cancellationToken) ?? new ContentPartDefinition(typePart.PartName);

    private static ContentFieldDefinition Positioned(
        string partName,
        ContentFieldDefinition field,
        Dictionary<(string Part, string Field), int> positions) =>
        positions.TryGetValue((partName, field.Name), out var position)
            ? field with { Settings = field.Settings.With(field.Common with { Position = position }) }
            : field;

    private static bool Swap<T>(List<T> list, int index, int target)
    {
        if (index < 0 || target < 0 || target >= list.Count)
        {
            return false;
        }

        (list[index], list[target]) = (list[target], list[index]);

        return true;
    }
}
