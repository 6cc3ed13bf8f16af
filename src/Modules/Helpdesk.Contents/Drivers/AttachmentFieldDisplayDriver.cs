using Helpdesk.ContentManagement.Display;
using Helpdesk.ContentManagement.Fields;
using Helpdesk.Contents.ViewModels;
using Microsoft.Extensions.Localization;

namespace Helpdesk.Contents.Drivers;

/// <summary>
/// Files uploaded with the item, checked against the allowed types, the largest size and the
/// most files. NOTE: only the files' metadata is kept (name, type, size); storing the bytes
/// arrives with the attachment store of the Tickets issue, which fills <see cref="AttachmentInfo.StorageId"/>.
/// </summary>
public sealed class AttachmentFieldDisplayDriver : ContentFieldDisplayDriver<AttachmentField, AttachmentFieldSettings>
{
    private const string KeepProperty = "Keep";

    public AttachmentFieldDisplayDriver(IStringLocalizer<AttachmentFieldDisplayDriver> localizer)
    {
        S = localizer;
    }

    public override string ValueProperty => nameof(AttachmentField.Files);

    private IStringLocalizer S { get; }

    protected override bool HasValue(AttachmentField field) => field.Files.Length > 0;

    protected override IReadOnlyList<string> ConditionValues(AttachmentField field) =>
        field.Files.Select(f => f.FileName).ToList();

    protected override bool ApplyDefault(AttachmentField field, string defaultValue, AttachmentFieldSettings settings) => false;

    protected override ValueTask<ContentShape?> DisplayAsync(
        AttachmentField field,
        AttachmentFieldSettings settings,
        ContentFieldContext context)
    {
        var model = DisplayModel<AttachmentFieldDisplayViewModel>(context);
        model.Files = field.Files;

        return ValueTask.FromResult<ContentShape?>(DisplayShape(context, model));
    }

    protected override ValueTask<ContentShape?> EditAsync(
        AttachmentField field,
        AttachmentFieldSettings settings,
        ContentFieldContext context)
    {
        var model = EditorModel<AttachmentFieldEditViewModel>(context);
        model.Files = field.Files;
        model.KeepInputName = context.InputName(KeepProperty);
        model.Accept = settings.AllowedTypes.Count == 0 ? null : string.Join(',', settings.AllowedTypes);
        model.MaxCount = settings.MaxCount;
        model.MaxFileSize = settings.MaxFileSize;

        return ValueTask.FromResult<ContentShape?>(EditorShape(context, model));
    }

    protected override ValueTask<AttachmentField?> UpdateAsync(AttachmentFieldSettings settings, ContentFieldContext context)
    {
        var stored = GetField(context).Files;
        var kept = context.Posted(KeepProperty)
            .Select(v => int.TryParse(v, out var index) ? index : -1)
            .Where(index => index >= 0 && index < stored.Length)
            .Select(index => stored[index]);
        var uploaded = context.Content.Updater!.Form.Files.GetFiles(context.InputName(ValueProperty))
            .Where(file => file.Length > 0)
            .Select(file => new AttachmentInfo
            {
                FileName = FileNameOf(file.FileName),
                ContentType = string.IsNullOrEmpty(file.ContentType) ? "application/octet-stream" : file.ContentType,
                Length = file.Length,
            });

        return ValueTask.FromResult<AttachmentField?>(new AttachmentField { Files = kept.Concat(uploaded).ToArray() });
    }

    protected override Task ValidateAsync(AttachmentField field, AttachmentFieldSettings settings, ContentFieldContext context)
    {
        var name = context.Field.DisplayName;
        if (settings.MaxCount is { } maxCount && field.Files.Length > maxCount)
        {
            context.AddError(ValueProperty, S["{0} holds at most {1} files.", name, maxCount]);
        }

        foreach (var file in field.Files)
        {
            if (settings.MaxFileSize is { } maxSize && file.Length > maxSize)
            {
                context.AddError(ValueProperty, S["{0}: {1} is larger than {2}.", name, file.FileName, FileSizeFormatter.Format(maxSize)]);
            }
            else if (!IsAllowed(file, settings.AllowedTypes))
            {
                context.AddError(ValueProperty, S["{0}: files like {1} are not allowed here.", name, file.FileName]);
            }
        }

        return Task.CompletedTask;
    }

    // Some browsers send the whole client path, with the client's separators, not the server's.
    private static string FileNameOf(string clientPath) => clientPath[(clientPath.LastIndexOfAny(['/', '\\']) + 1)..];

    /// <summary>Allowed by extension (<c>.pdf</c>), by MIME type (<c>application/pdf</c>) or by family (<c>image/*</c>).</summary>
    private static bool IsAllowed(AttachmentInfo file, IReadOnlyList<string> allowedTypes) =>
        allowedTypes.Count == 0 || allowedTypes.Any(allowed => allowed switch
        {
            ['.', ..] => file.FileName.EndsWith(allowed, StringComparison.OrdinalIgnoreCase),
            [.. var family, '/', '*'] => file.ContentType.StartsWith(family + "/", StringComparison.OrdinalIgnoreCase),
            _ => string.Equals(file.ContentType, allowed, StringComparison.OrdinalIgnoreCase),
        });
}
