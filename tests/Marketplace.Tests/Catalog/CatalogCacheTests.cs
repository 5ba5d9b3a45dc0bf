using Marketplace.Web.Features.Catalog;

namespace Marketplace.Tests.Catalog;

public sealed class CatalogCacheTests
{
    private readonly ManualClock _clock = new();
    private int _computed;

    [Fact]
    public async Task Counts_are_computed_once_within_their_lifetime()
    {
        var cache = new CatalogCache(_clock);

        await cache.FacetsAsync(ComputeAsync, CancellationToken.None);
        _clock.Advance(CatalogCache.Lifetime - TimeSpan.FromSeconds(1));
        await cache.FacetsAsync(ComputeAsync, CancellationToken.None);

        Assert.Equal(1, _computed);
    }

    [Fact]
    public async Task Expired_counts_are_answered_at_once_while_one_refresh_runs_in_the_background()
    {
        var cache = new CatalogCache(_clock);
        await cache.FacetsAsync(ComputeAsync, CancellationToken.None);
        _clock.Advance(CatalogCache.Lifetime);

        var stale = await cache.FacetsAsync(ComputeAsync, CancellationToken.None);
        await cache.FacetsAsync(ComputeAsync, CancellationToken.None);
        await cache.Refreshed;
        var fresh = await cache.FacetsAsync(ComputeAsync, CancellationToken.None);

        Assert.Equal(1, stale.Categories.Single().Count);
        Assert.Equal(2, fresh.Categories.Single().Count);
        Assert.Equal(2, _computed);
    }

    [Fact]
    public async Task A_save_drops_the_counts_at_once()
    {
        var cache = new CatalogCache(_clock);

        await cache.FacetsAsync(ComputeAsync, CancellationToken.None);
        cache.Invalidate();
        await cache.FacetsAsync(ComputeAsync, CancellationToken.None);

        Assert.Equal(2, _computed);
    }

    [Fact]
    public async Task Counts_computed_while_a_save_happened_are_not_kept()
    {
        var cache = new CatalogCache(_clock);

        await cache.FacetsAsync(async ct =>
        {
            cache.Invalidate();
            return await ComputeAsync(ct);
        }, CancellationToken.None);
        await cache.FacetsAsync(ComputeAsync, CancellationToken.None);

        Assert.Equal(2, _computed);
    }

    [Fact]
    public async Task Totals_are_kept_per_filter_whatever_the_page_and_dropped_by_a_save()
    {
        var cache = new CatalogCache(_clock);
        var stable = new CatalogFilter { Maturity = Maturity.Stable };
        var counted = 0;
        Task<int> Count(CancellationToken _) => Task.FromResult(++counted * 10);

        Assert.Equal(10, await cache.TotalAsync(stable, Count, CancellationToken.None));
        Assert.Equal(10, await cache.TotalAsync(stable with { Page = 7, Sort = CatalogSort.Name }, Count, CancellationToken.None));
        Assert.Equal(20, await cache.TotalAsync(new CatalogFilter { Maturity = Maturity.Beta }, Count, CancellationToken.None));
        cache.Invalidate();
        Assert.Equal(30, await cache.TotalAsync(stable, Count, CancellationToken.None));
    }

    private Task<CatalogFacets> ComputeAsync(CancellationToken cancellationToken)
    {
        var count = Interlocked.Increment(ref _computed);
        return Task.FromResult(new CatalogFacets([("hr", count)], [], []));
    }

    private sealed class ManualClock : TimeProvider
    {
        private DateTimeOffset _now = new(2026, 11, 22, 8, 0, 0, TimeSpan.Zero);

        public override DateTimeOffset GetUtcNow() => _now;

        public void Advance(TimeSpan by) => _now += by;
    }
}
