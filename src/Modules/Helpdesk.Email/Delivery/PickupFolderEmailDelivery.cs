using System.Text;
using Helpdesk.Data;
using Helpdesk.Email.Models;
using MimeKit;

namespace Helpdesk.Email.Delivery;

/// <summary>
/// Writes each message as <c>&lt;Message-Id&gt;.eml</c> into the pickup folder. A message written
/// twice (after a crash) replaces its own file, so the folder holds it once.
/// </summary>
public sealed class PickupFolderEmailDelivery : IEmailDelivery
{
    public const string DefaultFolderName = "mail-pickup";

    private readonly HelpdeskPaths _paths;

    public PickupFolderEmailDelivery(HelpdeskPaths paths)
    {
        _paths = paths;
    }

    public EmailDeliveryMethod Method => EmailDeliveryMethod.PickupFolder;

    /// <summary>The folder the settings name: absolute, relative to App_Data, or App_Data/mail-pickup.</summary>
    public string ResolveFolder(EmailSettings settings) =>
        string.IsNullOrWhiteSpace(settings.PickupFolder)
            ? _paths.Combine(DefaultFolderName)
            : Path.GetFullPath(settings.PickupFolder, _paths.AppData);

    public static string FileNameFor(string messageId)
    {
        var name = new StringBuilder(messageId.Length + 4);
        foreach (var character in messageId)
        {
            name.Append(char.IsAsciiLetterOrDigit(character) || "@.-_+".Contains(character) ? character : '_');
        }

        return name.Append(".eml").ToString();
    }

    public async Task<EmailDeliveryResult> DeliverAsync(
        MimeMessage message,
        EmailSettings settings,
        CancellationToken cancellationToken)
    {
        var messageId = message.MessageId ?? throw new ArgumentException("The message has no Message-Id.", nameof(message));
        var folder = ResolveFolder(settings);
        var path = Path.Combine(folder, FileNameFor(messageId));
        var temporary = $"{path}.{Guid.NewGuid():N}.tmp";
        try
        {
            Directory.CreateDirectory(folder);
            await WriteAsync(message, temporary, cancellationToken);
            File.Move(temporary, path, overwrite: true);
        }
        catch (Exception exception) when (exception is IOException or UnauthorizedAccessException)
        {
            if (File.Exists(temporary))
            {
                File.Delete(temporary);
            }

            throw new EmailDeliveryException(
                EmailDeliveryFailure.PickupFolderFailed,
                $"The message could not be written to the pickup folder {folder}: {exception.Message}",
                isPermanent: false,
                exception);
        }

        return new EmailDeliveryResult(Method, path);
    }

    private static async Task WriteAsync(MimeMessage message, string path, CancellationToken cancellationToken)
    {
        await using var file = File.Create(path);
        await message.WriteToAsync(file, cancellationToken);
    }
}
