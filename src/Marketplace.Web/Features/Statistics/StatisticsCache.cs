using Microsoft.Extensions.Options;

namespace Marketplace.Web.Features.Statistics;

/// <summary>
/// Keeps the last figures for <see cref="StatisticsOptions.CacheSeconds"/>, so a page shown on a projector and
/// refreshed by many viewers does not recount each time. One computation at a time; the others wait for its result.
/// </summary>
public sealed class StatisticsCache(IOptions<StatisticsOptions> options, TimeProvider clock) : IDisposable
{
    private readonly SemaphoreSlim _computing = new(1, 1);
    private readonly TimeSpan _lifetime = TimeSpan.FromSeconds(options.Value.CacheSeconds);
    private StatisticsFigures? _current;

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

            var figures = await compute(cancellationToken);
            Volatile.Write(ref _current, figures);
            return figures;
        }
        finally
        {
            _computing.Release();
        }
    }

    public void Dispose() => _computing.Dispose();

    private StatisticsFigures? Fresh() =>
        Volatile.Read(ref _current) is { } current && clock.GetUtcNow() - current.ComputedAt < _lifetime ? current : null;
}
