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
    private (CatalogFacets Facets, DateTimeOffset At)? _current;
    private long _generation;

    public async Task<CatalogFacets> FacetsAsync(Func<CancellationToken, Task<CatalogFacets>> compute, CancellationToken cancellationToken)
    {
        if (Fresh() is { } facets)
        {
            return facets;
        }

        // One computation at a time: under load, the other requests wait for it instead of each starting their own.
        await _computing.WaitAsync(cancellationToken);
        try
        {
            if (Fresh() is { } computed)
            {
                return computed;
            }

            var generation = Interlocked.Read(ref _generation);
            var result = await compute(cancellationToken);
            if (generation == Interlocked.Read(ref _generation))
            {
                _current = (result, clock.GetUtcNow());
            }

            return result;
        }
        finally
        {
            _computing.Release();
        }
    }

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

    private CatalogFacets? Fresh() => _current is { } current && clock.GetUtcNow() - current.At < Lifetime ? current.Facets : null;
}
