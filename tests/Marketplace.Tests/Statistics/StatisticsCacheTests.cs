using Marketplace.Web.Features.Adoptions;
using Marketplace.Web.Features.Statistics;
using Microsoft.Extensions.Options;

namespace Marketplace.Tests.Statistics;

public sealed class StatisticsCacheTests
{
    private sealed class ManualClock : TimeProvider
    {
        public DateTimeOffset Now { get; set; } = new(2026, 11, 23, 8, 0, 0, TimeSpan.Zero);

        public override DateTimeOffset GetUtcNow() => Now;
    }

    private static StatisticsFigures Figures(DateTimeOffset at) => new(
        at, 0, 0, Enum.GetValues<AdoptionState>().ToDictionary(s => s, _ => 0), new RegionParticipation(0, 0, 0), [], [], new SavingsEstimate(0, 0, 0, []));

    [Fact]
    public async Task Figures_are_reused_within_their_lifetime_and_recomputed_after_it()
    {
        var clock = new ManualClock();
        using var cache = new StatisticsCache(Options.Create(new StatisticsOptions { CacheSeconds = 60 }), clock);
        var computed = 0;
        Task<StatisticsFigures> Compute(CancellationToken _)
        {
            computed++;
            return Task.FromResult(Figures(clock.Now));
        }

        var first = await cache.GetAsync(Compute, CancellationToken.None);
        clock.Now = clock.Now.AddSeconds(59);
        var reused = await cache.GetAsync(Compute, CancellationToken.None);
        clock.Now = clock.Now.AddSeconds(1);
        var fresh = await cache.GetAsync(Compute, CancellationToken.None);

        Assert.Same(first, reused);
        Assert.NotSame(first, fresh);
        Assert.Equal(2, computed);
    }

    [Fact]
    public async Task A_lifetime_of_zero_computes_every_time()
    {
        var clock = new ManualClock();
        using var cache = new StatisticsCache(Options.Create(new StatisticsOptions { CacheSeconds = 0 }), clock);
        var computed = 0;

        for (var i = 0; i < 3; i++)
        {
            await cache.GetAsync(_ => Task.FromResult(Figures(clock.Now.AddSeconds(++computed))), CancellationToken.None);
        }

        Assert.Equal(3, computed);
    }

    [Fact]
    public async Task A_failed_computation_is_not_kept()
    {
        var clock = new ManualClock();
        using var cache = new StatisticsCache(Options.Create(new StatisticsOptions()), clock);

        await Assert.ThrowsAsync<InvalidOperationException>(() => cache.GetAsync(_ => throw new InvalidOperationException("database down"), CancellationToken.None));
        var figures = await cache.GetAsync(_ => Task.FromResult(Figures(clock.Now)), CancellationToken.None);

        Assert.Equal(clock.Now, figures.ComputedAt);
    }
}
