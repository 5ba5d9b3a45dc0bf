using System.Diagnostics;
using Marketplace.Web.Data;

namespace Marketplace.Web.Features.Maintenance;

/// <summary>
/// <c>generate-load --apps 30000 --posts 1000000 --seed 1</c>: fills the database with generated applications and/or forum
/// content for load tests. Without options it adds the default applications; <c>--posts</c> alone adds only forum content.
/// </summary>
internal sealed class GenerateLoadVerb : IMaintenanceVerb
{
    public const int DefaultApps = 30_000;
    public const int DefaultSeed = 20261122;
    public const int MaxPosts = 5_000_000;
    public const int MaxLongThread = 100_000;

    public string Name => "generate-load";

    public string Usage =>
        $"[--apps N (default {DefaultApps} unless --posts is given)] [--posts N (1 to {MaxPosts:N0})] [--long-thread N (default {ForumLoadGenerator.DefaultLongThread}, at most --posts)] [--seed N (default {DefaultSeed})]   adds generated applications and forum posts (data uji beban)";

    public IReadOnlyCollection<string> KnownOptions { get; } = ["apps", "posts", "long-thread", "seed"];

    public string? Check(VerbOptions options)
    {
        if (Apps(options) is null)
        {
            return "--apps takes 1 to 1000000";
        }

        if (Posts(options) is null)
        {
            return $"--posts takes 1 to {MaxPosts}";
        }

        if (LongThread(options) is not { } longThread || (options.Has("long-thread") && !options.Has("posts")))
        {
            return $"--long-thread takes 1 to {MaxLongThread}, with --posts";
        }

        if (longThread > Posts(options))
        {
            return $"--long-thread ({longThread}) cannot be longer than --posts ({Posts(options)})";
        }

        return Seed(options) is null ? "--seed takes a non-negative integer" : null;
    }

    public async Task<int> RunAsync(IServiceProvider services, VerbOptions options, TextWriter output, CancellationToken cancellationToken)
    {
        var (apps, posts, seed) = (Apps(options)!.Value, Posts(options)!.Value, Seed(options)!.Value);
        if (apps > 0)
        {
            var watch = Stopwatch.StartNew();
            await using var scope = services.CreateAsyncScope();
            var generator = ActivatorUtilities.CreateInstance<LoadGenerator>(scope.ServiceProvider);
            var result = await generator.GenerateAsync(scope.ServiceProvider.GetRequiredService<MarketplaceDbContext>(), apps, seed, cancellationToken);
            await output.WriteLineAsync(
                $"{Name}: added {result.Apps} applications ({result.Releases} releases, {result.Tags} tags) over {result.Regions} regions in {watch.Elapsed.TotalSeconds:0.0} s.");
        }

        if (posts > 0)
        {
            var watch = Stopwatch.StartNew();
            await using var scope = services.CreateAsyncScope();
            var generator = ActivatorUtilities.CreateInstance<ForumLoadGenerator>(scope.ServiceProvider);
            var result = await generator.GenerateAsync(
                scope.ServiceProvider.GetRequiredService<MarketplaceDbContext>(), posts, LongThread(options)!.Value, seed, cancellationToken);
            await output.WriteLineAsync(
                $"{Name}: added {result.Posts} forum posts in {result.Threads} threads over {result.Boards} boards ({result.NewAccounts} new generated accounts) in {watch.Elapsed.TotalSeconds:0.0} s.");
            await output.WriteLineAsync($"{Name}: long thread {result.LongThreadId} {result.LongThreadUrl}");
        }

        return 0;
    }

    // Without options the verb adds the default applications; asking for posts alone adds no applications.
    private static int? Apps(VerbOptions options) => options.Int("apps", options.Has("posts") ? 0 : DefaultApps, 1, 1_000_000);

    private static int? Posts(VerbOptions options) => options.Int("posts", 0, 1, MaxPosts);

    private static int? LongThread(VerbOptions options) =>
        options.Int("long-thread", Math.Min(ForumLoadGenerator.DefaultLongThread, Posts(options) ?? 0), 1, MaxLongThread);

    private static int? Seed(VerbOptions options) => options.Int("seed", DefaultSeed, 0, int.MaxValue);
}
