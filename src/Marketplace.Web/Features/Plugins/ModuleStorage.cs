using Marketplace.Abstractions;
using Marketplace.Web.Data;
using Microsoft.EntityFrameworkCore;

namespace Marketplace.Web.Features.Plugins;

/// <summary>
/// The host's <see cref="IModuleStorage"/>: rows of the ModuleRecords table for one module id and one region. Each call
/// uses a database context of its own, so a module holds no context between calls and never sees one.
/// </summary>
internal sealed class ModuleStorage(IServiceScopeFactory scopes, string moduleId, string regionCode) : IModuleStorage
{
    public const int MaxKeyLength = 200;
    public const int MaxValueLength = 64 * 1024;

    public async Task<string?> GetAsync(string key, CancellationToken cancellationToken = default)
    {
        Check(key);
        await using var scope = scopes.CreateAsyncScope();
        return await Records(scope).Where(r => r.Key == key).Select(r => r.Value).SingleOrDefaultAsync(cancellationToken);
    }

    public async Task SetAsync(string key, string value, CancellationToken cancellationToken = default)
    {
        Check(key);
        ArgumentNullException.ThrowIfNull(value);
        if (value.Length > MaxValueLength)
        {
            throw new ArgumentException($"A value may hold at most {MaxValueLength} characters.", nameof(value));
        }

        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<MarketplaceDbContext>();
        var now = scope.ServiceProvider.GetRequiredService<TimeProvider>().GetUtcNow();
        var record = await Records(scope, tracked: true).SingleOrDefaultAsync(r => r.Key == key, cancellationToken);
        if (record is null)
        {
            db.Set<ModuleRecord>().Add(new ModuleRecord { ModuleId = moduleId, RegionCode = regionCode, Key = key, Value = value, UpdatedAt = now });
        }
        else
        {
            record.Value = value;
            record.UpdatedAt = now;
        }

        await db.SaveChangesAsync(cancellationToken);
    }

    public async Task<bool> DeleteAsync(string key, CancellationToken cancellationToken = default)
    {
        Check(key);
        await using var scope = scopes.CreateAsyncScope();
        return await Records(scope).Where(r => r.Key == key).ExecuteDeleteAsync(cancellationToken) > 0;
    }

    public async Task<IReadOnlyList<KeyValuePair<string, string>>> ListAsync(string prefix, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(prefix);
        await using var scope = scopes.CreateAsyncScope();

        // StartsWith on text: translated to a range or LIKE with escaping by both providers; ordered by ordinal key.
        var rows = await Records(scope).Where(r => r.Key.StartsWith(prefix)).Select(r => new { r.Key, r.Value }).ToListAsync(cancellationToken);
        return [.. rows.OrderBy(r => r.Key, StringComparer.Ordinal).Select(r => KeyValuePair.Create(r.Key, r.Value))];
    }

    private IQueryable<ModuleRecord> Records(AsyncServiceScope scope, bool tracked = false)
    {
        var set = scope.ServiceProvider.GetRequiredService<MarketplaceDbContext>().Set<ModuleRecord>();
        return (tracked ? set : set.AsNoTracking()).Where(r => r.ModuleId == moduleId && r.RegionCode == regionCode);
    }

    private static void Check(string key)
    {
        if (string.IsNullOrEmpty(key) || key.Length > MaxKeyLength)
        {
            throw new ArgumentException($"A key has 1 to {MaxKeyLength} characters.", nameof(key));
        }
    }
}
