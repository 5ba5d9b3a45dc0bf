using System.Diagnostics;
using System.Net;
using System.Text.RegularExpressions;
using Marketplace.Testing;
using Marketplace.Testing.Modules;

namespace ModuleBench;

/// <summary>
/// Requests per second through the parking module beside plain host endpoints, in one run of the real host (demo on,
/// SQLite, Kestrel on loopback), with the same signed-in client and the same number of concurrent callers.
/// </summary>
internal static partial class ThroughputFigures
{
    public static async Task RunAsync(int seconds, int callers)
    {
        var data = Path.Combine(Path.GetTempPath(), "mk-bench-host-" + Guid.NewGuid().ToString("N")[..8]);
        await using var host = await MarketplaceHost.StartAsync(new Dictionary<string, string?>
        {
            ["Marketplace:DataPath"] = data,
            ["Marketplace:Demo:Enabled"] = "true",
            ["Plugins:SamplePackagesPath"] = Path.GetDirectoryName(ModulePackages.SamplePath("parkir-retribusi-1.0.0")),
            ["Accounts:Login:PermitLimit"] = "100000",
            ["Logging:LogLevel:Default"] = "Warning",
        }, "Development");

        using var client = new HttpClient(new SocketsHttpHandler { UseCookies = true, CookieContainer = new(), MaxConnectionsPerServer = callers }) { BaseAddress = host.BaseAddress };
        var password = (await File.ReadAllTextAsync(Path.Combine(data, "demo-password.txt"))).Trim();
        var login = await client.GetStringAsync("/akun/masuk");
        var token = WebUtility.HtmlDecode(TokenPattern().Match(login).Groups["value"].Value);
        using var signedIn = await client.PostAsync("/akun/masuk", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["Input.Email"] = "diskominfo@palembang.go.id", ["Input.Password"] = password, ["__RequestVerificationToken"] = token,
        }));

        string[] urls = ["/health", "/api/v1/modules", "/apps/e-parkir-palembang/jalankan/tentang.json", "/apps/e-parkir-palembang/jalankan/rekap.json", "/apps/e-parkir-palembang/jalankan/"];
        foreach (var url in urls)
        {
            using var check = await client.GetAsync(url);
            if (check.StatusCode != HttpStatusCode.OK)
            {
                throw new InvalidOperationException($"{url} answered {(int)check.StatusCode}");
            }
        }

        Console.WriteLine($"throughput, {callers} concurrent callers, {seconds} s each after 2 s of warm-up:");
        foreach (var url in urls)
        {
            await HammerAsync(client, url, TimeSpan.FromSeconds(2), callers);
            var (count, p50, p99) = await HammerAsync(client, url, TimeSpan.FromSeconds(seconds), callers);
            Console.WriteLine($"  {url,-50} {count / (double)seconds,8:0} req/s   p50 {p50:0.0} ms   p99 {p99:0.0} ms");
        }

        Directory.Delete(data, recursive: true);
    }

    private static async Task<(int Count, double P50, double P99)> HammerAsync(HttpClient client, string url, TimeSpan duration, int callers)
    {
        var until = Stopwatch.GetTimestamp() + (long)(duration.TotalSeconds * Stopwatch.Frequency);
        var latencies = new List<double>[callers];
        await Task.WhenAll(Enumerable.Range(0, callers).Select(async i =>
        {
            latencies[i] = [];
            while (Stopwatch.GetTimestamp() < until)
            {
                var start = Stopwatch.GetTimestamp();
                using var response = await client.GetAsync(url);
                await response.Content.ReadAsByteArrayAsync();
                latencies[i].Add(Stopwatch.GetElapsedTime(start).TotalMilliseconds);
            }
        }));
        var all = latencies.SelectMany(l => l).Order().ToList();
        return (all.Count, all[all.Count / 2], all[(int)(all.Count * 0.99)]);
    }

    [GeneratedRegex("""name="__RequestVerificationToken"[^>]*value="(?<value>[^"]*)""")]
    private static partial Regex TokenPattern();
}
