using Microsoft.Playwright;
using Xunit.Abstractions;

namespace Helpdesk.BrowserTests;

/// <summary>Keeps what the browser showed when a test failed, beside the test binaries.</summary>
public static class FailureScreenshots
{
    public static string Folder => Path.Combine(AppContext.BaseDirectory, "screenshots");

    /// <summary>Runs the steps; when one fails, saves a full-page screenshot and rethrows.</summary>
    public static async Task RunAsync(IPage page, string testName, ITestOutputHelper output, Func<Task> steps)
    {
        try
        {
            await steps();
        }
        catch (Exception)
        {
            await SaveAsync(page, testName, output);
            throw;
        }
    }

    private static async Task SaveAsync(IPage page, string testName, ITestOutputHelper output)
    {
        var file = Path.Combine(Folder, $"{testName}-{DateTime.UtcNow:yyyyMMdd-HHmmss}.png");
        try
        {
            Directory.CreateDirectory(Folder);
            await page.ScreenshotAsync(new PageScreenshotOptions { Path = file, FullPage = true });
            output.WriteLine($"The page at {page.Url} when the test failed: {file}");
        }
        catch (PlaywrightException error)
        {
            // The test's own failure matters more than a missing picture of it.
            output.WriteLine($"No screenshot of {page.Url}: {error.Message}");
        }
    }
}
