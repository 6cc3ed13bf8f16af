using Helpdesk.Setup.Services;

namespace Helpdesk.Tests.Setup;

public sealed class PostgresConnectionCheckerTests
{
    private readonly PostgresConnectionChecker _checker = new();

    [Fact]
    public async Task ServerThatDoesNotAnswerIsReportedWithTheReason()
    {
        var reason = await _checker.CheckAsync(
            "Host=127.0.0.1;Port=1;Database=helpdesk;Username=helpdesk;Password=x;Timeout=3",
            CancellationToken.None);

        Assert.NotNull(reason);
        Assert.Contains("127.0.0.1:1", reason, StringComparison.Ordinal);
        Assert.Contains("refused", reason, StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public async Task MalformedConnectionStringIsReported()
    {
        var reason = await _checker.CheckAsync("Host=127.0.0.1;NoSuchKeyword=1", CancellationToken.None);

        Assert.NotNull(reason);
        Assert.Contains("nosuchkeyword", reason, StringComparison.OrdinalIgnoreCase);
    }
}
