using Microsoft.EntityFrameworkCore;

namespace Marketplace.Web.Data;

/// <summary>
/// Takes and renews a <see cref="Lease"/> with one conditional UPDATE, so two nodes asking at once cannot both win:
/// the row changes only when this node already holds it or the holder's time ran out. A lease nobody held yet is first
/// created free (already lapsed) with INSERT ... ON CONFLICT DO NOTHING, so that nodes creating it at once neither fail
/// nor log an error, and then taken like any lapsed lease.
/// </summary>
public sealed class DatabaseLease(MarketplaceDbContext db, TimeProvider clock)
{
    /// <summary>Takes or renews the lease for <paramref name="duration"/>; true when <paramref name="holder"/> holds it now.</summary>
    public async Task<bool> TryAcquireAsync(string name, string holder, TimeSpan duration, CancellationToken cancellationToken)
    {
        if (await TakeAsync(name, holder, duration, cancellationToken))
        {
            return true;
        }

        if (await db.Leases.AnyAsync(l => l.Name == name, cancellationToken))
        {
            return false;
        }

        await CreateFreeAsync(name, cancellationToken);
        return await TakeAsync(name, holder, duration, cancellationToken);
    }

    private async Task<bool> TakeAsync(string name, string holder, TimeSpan duration, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow();
        var until = now + duration;
        return await db.Leases.Where(l => l.Name == name && (l.Holder == holder || l.ExpiresAt < now))
            .ExecuteUpdateAsync(s => s.SetProperty(l => l.Holder, holder).SetProperty(l => l.ExpiresAt, until), cancellationToken) == 1;
    }

    /// <summary>The lease's row, held by nobody and lapsed, unless it exists already.</summary>
    private Task<int> CreateFreeAsync(string name, CancellationToken cancellationToken)
    {
        // Raw SQL bypasses the model's value converters: SQLite stores dates as sortable integers (see the SQLite context).
        var expiresAt = db.Model.FindEntityType(typeof(Lease))!.FindProperty(nameof(Lease.ExpiresAt))!;
        var lapsed = expiresAt.GetTypeMapping().Converter?.ConvertToProvider(DateTimeOffset.UnixEpoch) ?? DateTimeOffset.UnixEpoch;
        return db.Database.ExecuteSqlAsync(
            $"""INSERT INTO "Leases" ("Name", "Holder", "ExpiresAt") VALUES ({name}, '', {lapsed}) ON CONFLICT ("Name") DO NOTHING""",
            cancellationToken);
    }

    /// <summary>Gives the lease up (at shutdown), so another node can take it without waiting for it to lapse.</summary>
    public Task ReleaseAsync(string name, string holder, CancellationToken cancellationToken) =>
        db.Leases.Where(l => l.Name == name && l.Holder == holder)
            .ExecuteUpdateAsync(s => s.SetProperty(l => l.Holder, "").SetProperty(l => l.ExpiresAt, DateTimeOffset.UnixEpoch), cancellationToken);

    /// <summary>Who holds the lease now, or null when nobody does (for the admin page and the health check).</summary>
    public async Task<string?> HolderAsync(string name, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow();
        return await db.Leases.AsNoTracking().Where(l => l.Name == name && l.Holder != "" && l.ExpiresAt >= now)
            .Select(l => l.Holder).SingleOrDefaultAsync(cancellationToken);
    }
}
