using Helpdesk.Data;
using Microsoft.Extensions.Logging;

namespace Helpdesk.Admin.Services;

/// <summary>
/// Keeps the site logo under <c>App_Data/site/</c>. Every upload gets a new file name, so a
/// logo URL that carries the name can be cached by browsers for long.
/// </summary>
public sealed class SiteLogoStore
{
    private const string FolderName = "site";

    private readonly HelpdeskPaths _paths;
    private readonly ILogger<SiteLogoStore> _logger;

    public SiteLogoStore(HelpdeskPaths paths, ILogger<SiteLogoStore> logger)
    {
        _paths = paths;
        _logger = logger;
    }

    /// <summary>Writes the logo and returns its new file name for <c>SiteSettings.LogoFileName</c>.</summary>
    public async Task<string> SaveAsync(ReadOnlyMemory<byte> content, LogoFormat format, CancellationToken cancellationToken)
    {
        var folder = _paths.Combine(FolderName);
        Directory.CreateDirectory(folder);

        var fileName = "logo-" + Guid.NewGuid().ToString("N") + format.Extension;
        await File.WriteAllBytesAsync(Path.Combine(folder, fileName), content, cancellationToken);

        return fileName;
    }

    /// <summary>The full path of a stored logo, or null when the name is not one of ours or the file is gone.</summary>
    public string? FindPath(string? fileName)
    {
        if (!IsPlainLogoName(fileName))
        {
            return null;
        }

        var path = _paths.Combine(FolderName, fileName!);

        return File.Exists(path) ? path : null;
    }

    public void Delete(string? fileName)
    {
        var path = FindPath(fileName);
        if (path is null)
        {
            return;
        }

        try
        {
            File.Delete(path);
        }
        catch (IOException exception)
        {
            // A logo left behind wastes a little disk space; the settings are already saved.
            _logger.LogWarning(exception, "Old site logo {FileName} could not be deleted", fileName);
        }
    }

    // Settings can also come from recipes: never let a stored name walk out of the folder.
    private static bool IsPlainLogoName(string? fileName) =>
        !string.IsNullOrEmpty(fileName)
        && fileName == Path.GetFileName(fileName)
        && LogoFormat.FromFileName(fileName) is not null;
}
