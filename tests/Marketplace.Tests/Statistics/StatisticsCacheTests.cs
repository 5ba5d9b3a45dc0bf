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

    [Fact]
    public async Task An_adoption_change_makes_the_next_view_count_again()
    {
        var clock = new ManualClock();
        using var cache = new StatisticsCache(Options.Create(new StatisticsOptions { CacheSeconds = 60 }), clock);
        var computed = 0;
        Task<StatisticsFigures> Compute(CancellationToken _)
        {
            computed++;
            return Task.FromResult(Figures(clock.Now));
        }

        var before = await cache.GetAsync(Compute, CancellationToken.None);
        await new StatisticsInvalidationProbe(cache).ChangeAsync();
        var after = await cache.GetAsync(Compute, CancellationToken.None);

        Assert.NotSame(before, after);
        Assert.Equal(2, computed);
    }

    [Fact]
    public async Task Figures_counted_while_an_adoption_changed_are_not_kept()
    {
        var clock = new ManualClock();
        using var cache = new StatisticsCache(Options.Create(new StatisticsOptions { CacheSeconds = 60 }), clock);
        var computed = 0;
        async Task<StatisticsFigures> ComputeWhileChanging(CancellationToken _)
        {
            computed++;
            if (computed == 1)
            {
                await new StatisticsInvalidationProbe(cache).ChangeAsync();
            }

            return Figures(clock.Now);
        }

        var during = await cache.GetAsync(ComputeWhileChanging, CancellationToken.None);
        var next = await cache.GetAsync(ComputeWhileChanging, CancellationToken.None);

        Assert.NotSame(during, next);
        Assert.Equal(2, computed);
    }

    // The observer the workflow calls after a saved change, driven here as the workflow would.
    private sealed class StatisticsInvalidationProbe(StatisticsCache cache)
    {
        public Task ChangeAsync()
        {
            IAdoptionObserver observer = new StatisticsInvalidation(cache);
            var adoption = new Adoption { OwnerRegionCode = "16.71", AdopterRegionCode = "61.72", RequestedById = "u" };
            return observer.ChangedAsync(adoption, new AdoptionEvent { ActorId = "u", To = AdoptionState.Disetujui }, CancellationToken.None);
        }
    }
}
