using System.Diagnostics;
using System.Globalization;
using System.Net;
using System.Text.RegularExpressions;

namespace Helpdesk.Benchmarks;

/// <summary>
/// A plain load script against a running site on a real port: N clients, each with its own
/// cookies, request the paths in turn as fast as the site answers. After a warm-up it prints
/// requests per second and the latency percentiles per path.
/// </summary>
public static partial class LoadScenario
{
    public static async Task<int> RunAsync(LoadOptions options)
    {
        var clients = await Task.WhenAll(Enumerable.Range(0, options.Clients).Select(_ => CreateClientAsync(options)));
        try
        {
            Console.WriteLine($"Warming up for {options.Warmup.TotalSeconds:0} s with {options.Clients} clients against {options.BaseUrl}");
            await RunClientsAsync(clients, options, options.Warmup);

            Console.WriteLine($"Measuring for {options.Duration.TotalSeconds:0} s");
            var samples = await RunClientsAsync(clients, options, options.Duration);
            Report(samples, options);

            return samples.Any(s => !s.Succeeded) ? 1 : 0;
        }
        finally
        {
            foreach (var client in clients)
            {
                client.Dispose();
            }
        }
    }

    private static async Task<HttpClient> CreateClientAsync(LoadOptions options)
    {
        var handler = new SocketsHttpHandler { CookieContainer = new CookieContainer(), AllowAutoRedirect = false };
        var client = new HttpClient(handler) { BaseAddress = options.BaseUrl };
        if (options.Email is not null)
        {
            await SignInAsync(client, options.Email, options.Password ?? "");
        }

        return client;
    }

    private static async Task SignInAsync(HttpClient client, string email, string password)
    {
        var page = await client.GetStringAsync(new Uri("/login", UriKind.Relative));
        var token = AntiforgeryToken().Match(page).Groups[1].Value;
        using var form = new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["Email"] = email,
            ["Password"] = password,
            ["__RequestVerificationToken"] = token,
        });
        using var response = await client.PostAsync(new Uri("/login", UriKind.Relative), form);
        if (response.StatusCode != HttpStatusCode.Redirect || response.Headers.Location?.OriginalString.StartsWith("/login", StringComparison.Ordinal) == true)
        {
            throw new InvalidOperationException($"Signing in as {email} failed: the site answered {(int)response.StatusCode}.");
        }
    }

    private static async Task<List<Sample>> RunClientsAsync(HttpClient[] clients, LoadOptions options, TimeSpan duration)
    {
        var until = Stopwatch.GetTimestamp() + (long)(duration.TotalSeconds * Stopwatch.Frequency);
        var perClient = await Task.WhenAll(clients.Select((client, index) => RunClientAsync(client, options.Paths, index, until)));

        return perClient.SelectMany(s => s).ToList();
    }

    private static async Task<List<Sample>> RunClientAsync(HttpClient client, IReadOnlyList<string> paths, int offset, long until)
    {
        var samples = new List<Sample>();
        for (var i = offset; Stopwatch.GetTimestamp() < until; i++)
        {
            var path = paths[i % paths.Count];
            var started = Stopwatch.GetTimestamp();
            using var response = await client.GetAsync(new Uri(path, UriKind.Relative), HttpCompletionOption.ResponseContentRead);
            samples.Add(new Sample(path, Stopwatch.GetElapsedTime(started), response.IsSuccessStatusCode));
        }

        return samples;
    }

    private static void Report(List<Sample> samples, LoadOptions options)
    {
        var seconds = options.Duration.TotalSeconds;
        Console.WriteLine(FormattableString.Invariant($"{"path",-40} {"requests",9} {"req/s",8} {"p50 ms",8} {"p95 ms",8} {"max ms",8} {"errors",7}"));
        foreach (var group in samples.GroupBy(s => s.Path).Append(samples.GroupBy(_ => "(all)").Single()))
        {
            var times = group.Select(s => s.Elapsed.TotalMilliseconds).Order().ToList();
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"{group.Key,-40} {times.Count,9} {times.Count / seconds,8:0.0} {Percentile(times, 0.50),8:0.0} {Percentile(times, 0.95),8:0.0} {times[^1],8:0.0} {group.Count(s => !s.Succeeded),7}"));
        }
    }

    private static double Percentile(List<double> sorted, double fraction) =>
        sorted[Math.Clamp((int)Math.Ceiling(fraction * sorted.Count) - 1, 0, sorted.Count - 1)];

    [GeneratedRegex("name=\"__RequestVerificationToken\"[^>]*value=\"([^\"]+)\"")]
    private static partial Regex AntiforgeryToken();

    private sealed record Sample(string Path, TimeSpan Elapsed, bool Succeeded);
}
