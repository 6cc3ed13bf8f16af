using Helpdesk.Admin.Services;
using Helpdesk.Data;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.Hosting.Internal;
using Microsoft.Extensions.Logging.Abstractions;

namespace Helpdesk.Tests.Admin;

public sealed class SiteLogoStoreTests : IDisposable
{
    private readonly string _root = Path.Combine(Path.GetTempPath(), "helpdesk-logo-tests-" + Guid.NewGuid().ToString("N"));
    private readonly SiteLogoStore _store;

    public SiteLogoStoreTests()
    {
        var configuration = new ConfigurationBuilder()
            .AddInMemoryCollection([new("Helpdesk:DataPath", _root)])
            .Build();
        var paths = new HelpdeskPaths(configuration, new HostingEnvironment { ContentRootPath = _root });
        _store = new SiteLogoStore(paths, NullLogger<SiteLogoStore>.Instance);
    }

    [Fact]
    public async Task SavedLogoLandsInTheSiteFolderUnderANewName()
    {
        var first = await _store.SaveAsync(TestImages.Png, LogoFormat.Png, CancellationToken.None);
        var second = await _store.SaveAsync(TestImages.Png, LogoFormat.Png, CancellationToken.None);

        Assert.NotEqual(first, second);
        Assert.EndsWith(".png", first, StringComparison.Ordinal);
        Assert.Equal(Path.Combine(_root, "App_Data", "site", first), _store.FindPath(first));
        Assert.Equal(TestImages.Png, await File.ReadAllBytesAsync(_store.FindPath(first)!));
    }

    [Theory]
    [InlineData("../database.json")]
    [InlineData("../../etc/passwd.png")]
    [InlineData("/etc/hostname")]
    [InlineData("logo.svg")]
    [InlineData("")]
    [InlineData(null)]
    public void NamesOutsideTheLogoFolderOrOfOtherTypesAreNeverFound(string? fileName)
    {
        Assert.Null(_store.FindPath(fileName));
    }

    [Fact]
    public async Task DeletedLogoIsGone()
    {
        var fileName = await _store.SaveAsync(TestImages.Gif89, LogoFormat.Gif, CancellationToken.None);

        _store.Delete(fileName);

        Assert.Null(_store.FindPath(fileName));
        Assert.Empty(Directory.GetFiles(Path.Combine(_root, "App_Data", "site")));
    }

    public void Dispose()
    {
        if (Directory.Exists(_root))
        {
            Directory.Delete(_root, recursive: true);
        }
    }
}
