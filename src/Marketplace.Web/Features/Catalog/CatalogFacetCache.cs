namespace Marketplace.Web.Features.Catalog;

/// <summary>
/// The filter lists' counts, computed at most every <see cref="Lifetime"/>: counting every tag of 30,000 applications
/// takes half a second, far too long for each page view. Writers call <see cref="Invalidate"/> so their change shows at once.
/// </summary>
public sealed class CatalogFacetCache(TimeProvider clock)
{
    public static readonly TimeSpan Lifetime = TimeSpan.FromSeconds(30);
    private readonly SemaphoreSlim _computing = new(1, 1);
    private (CatalogFacets Facets, DateTimeOffset At)? _current;
    private long _generation;

    public async Task<CatalogFacets> GetAsync(Func<CancellationToken, Task<CatalogFacets>> compute, CancellationToken cancellationToken)
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

    public void Invalidate()
    {
        Interlocked.Increment(ref _generation);
        _current = null;
    }

    private CatalogFacets? Fresh() => _current is { } current && clock.GetUtcNow() - current.At < Lifetime ? current.Facets : null;
}
