using Marketplace.Web.Data;
using Microsoft.EntityFrameworkCore;

namespace Marketplace.Web.Features.Regions;

/// <summary>
/// The regions, read from the database once and then kept in memory: they are reference data that only
/// the seeder changes, at start, and it calls <see cref="Reset"/> when it does.
/// </summary>
public sealed class RegionDirectory(IServiceScopeFactory scopes) : IDisposable
{
    private readonly SemaphoreSlim _loading = new(1, 1);
    private RegionSnapshot? _snapshot;

    public async ValueTask<RegionSnapshot> GetAsync(CancellationToken cancellationToken)
    {
        if (Volatile.Read(ref _snapshot) is { } snapshot)
        {
            return snapshot;
        }

        // One load at a time, and nothing cached when it fails, so a database hiccup does not stick.
        await _loading.WaitAsync(cancellationToken);
        try
        {
            if (_snapshot is null)
            {
                var regions = await LoadAsync(cancellationToken);
                Volatile.Write(ref _snapshot, new RegionSnapshot(regions));
            }

            return _snapshot;
        }
        finally
        {
            _loading.Release();
        }
    }

    /// <summary>Forgets the loaded regions; the next read goes to the database.</summary>
    public void Reset() => Volatile.Write(ref _snapshot, null);

    public void Dispose() => _loading.Dispose();

    private async Task<List<RegionInfo>> LoadAsync(CancellationToken cancellationToken)
    {
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<MarketplaceDbContext>();
        return await db.Regions.AsNoTracking()
            .Select(r => new RegionInfo(r.Code, r.Name, r.Kind, r.ParentCode))
            .ToListAsync(cancellationToken);
    }
}
