using System.Diagnostics;
using Marketplace.Web.Data;

namespace Marketplace.Web.Features.Maintenance;

/// <summary><c>generate-load --apps 30000 --seed 1</c>: fills the database with generated applications for load tests.</summary>
internal sealed class GenerateLoadVerb : IMaintenanceVerb
{
    public const int DefaultApps = 30_000;
    public const int DefaultSeed = 20261122;

    public string Name => "generate-load";

    public string Usage => $"[--apps N (default {DefaultApps})] [--seed N (default {DefaultSeed})]   adds N generated applications (data uji beban)";

    public IReadOnlyCollection<string> KnownOptions { get; } = ["apps", "seed"];

    public string? Check(VerbOptions options) =>
        Apps(options) is null || Seed(options) is null ? "--apps takes 1 to 1000000 and --seed a non-negative integer" : null;

    public async Task<int> RunAsync(IServiceProvider services, VerbOptions options, TextWriter output, CancellationToken cancellationToken)
    {
        var (apps, seed) = (Apps(options)!.Value, Seed(options)!.Value);
        var watch = Stopwatch.StartNew();
        await using var scope = services.CreateAsyncScope();
        var generator = ActivatorUtilities.CreateInstance<LoadGenerator>(scope.ServiceProvider);
        var result = await generator.GenerateAsync(scope.ServiceProvider.GetRequiredService<MarketplaceDbContext>(), apps, seed, cancellationToken);
        await output.WriteLineAsync(
            $"{Name}: added {result.Apps} applications ({result.Releases} releases, {result.Tags} tags) over {result.Regions} regions in {watch.Elapsed.TotalSeconds:0.0} s.");
        return 0;
    }

    private static int? Apps(VerbOptions options) => options.Int("apps", DefaultApps, 1, 1_000_000);

    private static int? Seed(VerbOptions options) => options.Int("seed", DefaultSeed, 0, int.MaxValue);
}
