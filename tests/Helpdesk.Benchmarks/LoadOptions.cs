using System.Globalization;

namespace Helpdesk.Benchmarks;

/// <summary>
/// The load script's arguments: <c>--url http://127.0.0.1:5150 --paths / /login --clients 8
/// --seconds 20 --warmup 5 [--email admin@example.com --password ...]</c>.
/// </summary>
public sealed record LoadOptions
{
    public Uri BaseUrl { get; init; } = new("http://127.0.0.1:5150");

    public IReadOnlyList<string> Paths { get; init; } = ["/", "/login"];

    public int Clients { get; init; } = 8;

    public TimeSpan Duration { get; init; } = TimeSpan.FromSeconds(20);

    public TimeSpan Warmup { get; init; } = TimeSpan.FromSeconds(5);

    /// <summary>When set, every client signs in first (for pages behind the login).</summary>
    public string? Email { get; init; }

    public string? Password { get; init; }

    public static LoadOptions Parse(IReadOnlyList<string> args)
    {
        var options = new LoadOptions();
        for (var i = 0; i < args.Count; i++)
        {
            var values = args.Skip(i + 1).TakeWhile(a => !a.StartsWith("--", StringComparison.Ordinal)).ToList();
            options = args[i] switch
            {
                "--url" => options with { BaseUrl = new Uri(values.Single()) },
                "--paths" => options with { Paths = values },
                "--clients" => options with { Clients = int.Parse(values.Single(), CultureInfo.InvariantCulture) },
                "--seconds" => options with { Duration = TimeSpan.FromSeconds(int.Parse(values.Single(), CultureInfo.InvariantCulture)) },
                "--warmup" => options with { Warmup = TimeSpan.FromSeconds(int.Parse(values.Single(), CultureInfo.InvariantCulture)) },
                "--email" => options with { Email = values.Single() },
                "--password" => options with { Password = values.Single() },
                _ => throw new ArgumentException($"Unknown argument '{args[i]}'. See docs/performance.md."),
            };
            i += values.Count;
        }

        return options;
    }
}
