using Microsoft.Extensions.Options;

namespace Marketplace.Web.Features.Statistics;

/// <summary>
/// Keeps the last figures for <see cref="StatisticsOptions.CacheSeconds"/>, so a page shown on a projector and
/// refreshed by many viewers does not recount each time. One computation at a time; the others wait for its result.
/// An adoption's change invalidates it (<see cref="StatisticsInvalidation"/>): a computation that started before the
/// change is not kept.
/// </summary>
public sealed class StatisticsCache(IOptions<StatisticsOptions> options, TimeProvider clock) : IDisposable
{
    private readonly SemaphoreSlim _computing = new(1, 1);
    private readonly TimeSpan _lifetime = TimeSpan.FromSeconds(options.Value.CacheSeconds);
    private StatisticsFigures? _current;
    private int _generation;

    public async Task<StatisticsFigures> GetAsync(Func<CancellationToken, Task<StatisticsFigures>> compute, CancellationToken cancellationToken)
    {
        if (_lifetime <= TimeSpan.Zero)
        {
            return await compute(cancellationToken);
        }

        if (Fresh() is { } fresh)
        {
            return fresh;
        }

        await _computing.WaitAsync(cancellationToken);
        try
        {
            if (Fresh() is { } computed)
            {
                return computed;
            }

            var generation = Volatile.Read(ref _generation);
            var figures = await compute(cancellationToken);
            if (generation == Volatile.Read(ref _generation))
            {
                Volatile.Write(ref _current, figures);
            }

            return figures;
        }
        finally
        {
            _computing.Release();
        }
    }

    /// <summary>Forgets the figures; the next request counts again.</summary>
    public void Invalidate()
    {
        Interlocked.Increment(ref _generation);
        Volatile.Write(ref _current, null);
    }

    public void Dispose() => _computing.Dispose();

    private StatisticsFigures? Fresh() =>
        Volatile.Read(ref _current) is { } current && clock.GetUtcNow() - current.ComputedAt < _lifetime ? current : null;
}
