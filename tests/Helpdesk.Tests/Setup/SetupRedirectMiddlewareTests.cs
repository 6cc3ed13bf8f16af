using Helpdesk.Infrastructure.Settings;
using Helpdesk.Modularity.Features;
using Helpdesk.Setup.Middleware;
using Helpdesk.Tests.Users;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;

namespace Helpdesk.Tests.Setup;

public sealed class SetupRedirectMiddlewareTests : IAsyncLifetime
{
    private UsersTestSite _site = null!;

    public async Task InitializeAsync() => _site = await UsersTestSite.CreateAsync();

    public async Task DisposeAsync() => await _site.DisposeAsync();

    [Theory]
    [InlineData("/")]
    [InlineData("/login")]
    [InlineData("/admin/features")]
    public async Task BeforeSetupEveryPageSendsTheVisitorToSetup(string path)
    {
        var (context, passed) = await RequestAsync(path);

        Assert.False(passed);
        Assert.Equal(StatusCodes.Status302Found, context.Response.StatusCode);
        Assert.Equal("/setup", context.Response.Headers.Location.ToString());
    }

    [Theory]
    [InlineData("/setup")]
    [InlineData("/health/live")]
    [InlineData("/error/404")]
    [InlineData("/_content/Helpdesk.Resources/lib/bootstrap/css/bootstrap.min.css")]
    [InlineData("/lib/bootstrap/bootstrap.bundle.min.js")]
    [InlineData("/robots.txt")]
    public async Task BeforeSetupTheSetupPageHealthChecksErrorPagesAndFilesAnswer(string path)
    {
        var (_, passed) = await RequestAsync(path);

        Assert.True(passed);
    }

    [Fact]
    public async Task AfterSetupTheSetupPageIsGoneAndEveryOtherPageAnswers()
    {
        await using (var scope = _site.Services.CreateAsyncScope())
        {
            var site = scope.ServiceProvider.GetRequiredService<ISiteService>();
            await site.SaveSettingsAsync(new SiteSettings { SiteName = "Acme Support", SetupCompletedUtc = DateTime.UtcNow });
        }

        var (setup, setupPassed) = await RequestAsync("/setup");
        var (_, loginPassed) = await RequestAsync("/login");

        Assert.False(setupPassed);
        Assert.Equal(StatusCodes.Status404NotFound, setup.Response.StatusCode);
        Assert.True(loginPassed);
    }

    private async Task<(HttpContext Context, bool Passed)> RequestAsync(string path)
    {
        var passed = false;
        var middleware = new SetupRedirectMiddleware(
            _ =>
            {
                passed = true;
                return Task.CompletedTask;
            },
            _site.Services.GetRequiredService<IFeatureGate>());
        await using var scope = _site.Services.CreateAsyncScope();
        var context = new DefaultHttpContext { RequestServices = scope.ServiceProvider };
        context.Request.Path = path;

        await middleware.InvokeAsync(context, scope.ServiceProvider.GetRequiredService<ISiteService>());

        return (context, passed);
    }
}
