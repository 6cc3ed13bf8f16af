using System.Globalization;

namespace Helpdesk.Contents.ViewModels;

public static class FileSizeFormatter
{
    /// <summary>A size as people read it: 512 bytes, 1.5 KB, 20 MB.</summary>
    public static string Format(long bytes) => bytes switch
    {
        < 1024 => bytes.ToString(CultureInfo.CurrentCulture) + " B",
        < 1024 * 1024 => (bytes / 1024d).ToString("0.#", CultureInfo.CurrentCulture) + " KB",
        _ => (bytes / (1024d * 1024d)).ToString("0.#", CultureInfo.CurrentCulture) + " MB",
    };
}
