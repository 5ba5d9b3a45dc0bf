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

    public async Task<int> RunAsync(IServiceProvider services, VerbOptions options, TextWriter output, CancellationToken cancellationToken)
    {
        var apps = options.Int("apps", DefaultApps, 1, 1_000_000);
        var seed = options.Int("seed", DefaultSeed, 0, int.MaxValue);
        if (apps is null || seed is null)
        {
            await output.WriteLineAsync($"{Name}: --apps takes 1 to 1000000 and --seed a non-negative integer.");
            return 2;
        }

        var watch = Stopwatch.StartNew();
        await using var scope = services.CreateAsyncScope();
        var generator = ActivatorUtilities.CreateInstance<LoadGenerator>(scope.ServiceProvider);
        var result = await generator.GenerateAsync(scope.ServiceProvider.GetRequiredService<MarketplaceDbContext>(), apps.Value, seed.Value, cancellationToken);
        await output.WriteLineAsync(
            $"{Name}: added {result.Apps} applications ({result.Releases} releases, {result.Tags} tags) over {result.Regions} regions in {watch.Elapsed.TotalSeconds:0.0} s.");
        return 0;
    }
}
