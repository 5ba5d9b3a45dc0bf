namespace Marketplace.Web.Features.Catalog;

/// <summary>
/// Counts the catalog shows on every view, computed at most every <see cref="Lifetime"/>: the filter lists (counting
/// every tag of 30,000 applications takes half a second) and the number of results per filter (an index walk over every
/// published application). Writers call <see cref="Invalidate"/> so their change shows at once.
/// </summary>
public sealed class CatalogCache(TimeProvider clock)
{
    private const int MaxTotals = 2_000;
    private readonly System.Collections.Concurrent.ConcurrentDictionary<CatalogFilter, (int Total, DateTimeOffset At, long Generation)> _totals = new();
    public static readonly TimeSpan Lifetime = TimeSpan.FromSeconds(30);
    private readonly SemaphoreSlim _computing = new(1, 1);
    private (CatalogFacets Facets, DateTimeOffset At, long Generation)? _current;
    private long _generation;
    private int _refreshing;
    private Task _refresh = Task.CompletedTask;

    /// <summary>
    /// The filter lists' counts. Counts past their lifetime are still answered while one background refresh runs, so no
    /// request waits for the recount; only the first request, and the first after a save, wait for fresh counts.
    /// <paramref name="compute"/> must not depend on the request (it may run after the request has ended).
    /// </summary>
    public async Task<CatalogFacets> FacetsAsync(Func<CancellationToken, Task<CatalogFacets>> compute, CancellationToken cancellationToken)
    {
        if (_current is { } current && current.Generation == Interlocked.Read(ref _generation))
        {
            if (clock.GetUtcNow() - current.At >= Lifetime && Interlocked.CompareExchange(ref _refreshing, 1, 0) == 0)
            {
                _refresh = Task.Run(() => RefreshAsync(compute), CancellationToken.None);
            }

            return current.Facets;
        }

        // Nothing usable: compute now, one request at a time; the others wait for it instead of each starting their own.
        await _computing.WaitAsync(cancellationToken);
        try
        {
            return _current is { } computed && computed.Generation == Interlocked.Read(ref _generation)
                ? computed.Facets
                : await ComputeAsync(compute, cancellationToken);
        }
        finally
        {
            _computing.Release();
        }
    }

    /// <summary>Completes when a background refresh started by <see cref="FacetsAsync"/> has finished (for tests).</summary>
    internal Task Refreshed => _refresh;

    /// <summary>The number of results of <paramref name="filter"/> (its page, size and order do not matter).</summary>
    public async Task<int> TotalAsync(CatalogFilter filter, Func<CancellationToken, Task<int>> compute, CancellationToken cancellationToken)
    {
        var key = filter with { Page = 1, PageSize = CatalogFilter.DefaultPageSize, Sort = CatalogSort.Newest };
        var generation = Interlocked.Read(ref _generation);
        if (_totals.TryGetValue(key, out var known) && known.Generation == generation && clock.GetUtcNow() - known.At < Lifetime)
        {
            return known.Total;
        }

        var total = await compute(cancellationToken);
        if (_totals.Count >= MaxTotals)
        {
            // Free text makes filters unbounded; past the cap, forget everything rather than grow.
            _totals.Clear();
        }

        _totals[key] = (total, clock.GetUtcNow(), generation);
        return total;
    }

    public void Invalidate()
    {
        Interlocked.Increment(ref _generation);
        _current = null;
    }

    private async Task<CatalogFacets> ComputeAsync(Func<CancellationToken, Task<CatalogFacets>> compute, CancellationToken cancellationToken)
    {
        var generation = Interlocked.Read(ref _generation);
        var result = await compute(cancellationToken);

        // A save during the computation may have changed what was counted: then the counts are not kept.
        if (generation == Interlocked.Read(ref _generation))
        {
            _current = (result, clock.GetUtcNow(), generation);
        }

        return result;
    }

    private async Task RefreshAsync(Func<CancellationToken, Task<CatalogFacets>> compute)
    {
        try
        {
            await ComputeAsync(compute, CancellationToken.None);
        }
        finally
        {
            Interlocked.Exchange(ref _refreshing, 0);
        }
    }
}
