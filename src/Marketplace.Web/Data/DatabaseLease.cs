using Microsoft.EntityFrameworkCore;

namespace Marketplace.Web.Data;

/// <summary>
/// Takes and renews a <see cref="Lease"/> with one conditional UPDATE, so two nodes asking at once cannot both win:
/// the row changes only when this node already holds it or the holder's time ran out. The first node ever inserts the
/// row; a node that loses that insert race simply does not hold the lease this round.
/// </summary>
public sealed class DatabaseLease(MarketplaceDbContext db, TimeProvider clock)
{
    /// <summary>Takes or renews the lease for <paramref name="duration"/>; true when <paramref name="holder"/> holds it now.</summary>
    public async Task<bool> TryAcquireAsync(string name, string holder, TimeSpan duration, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow();
        var until = now + duration;
        var taken = await db.Leases.Where(l => l.Name == name && (l.Holder == holder || l.ExpiresAt < now))
            .ExecuteUpdateAsync(s => s.SetProperty(l => l.Holder, holder).SetProperty(l => l.ExpiresAt, until), cancellationToken);
        if (taken == 1)
        {
            return true;
        }

        if (await db.Leases.AnyAsync(l => l.Name == name, cancellationToken))
        {
            return false;
        }

        var lease = new Lease { Name = name, Holder = holder, ExpiresAt = until };
        db.Leases.Add(lease);
        try
        {
            await db.SaveChangesAsync(cancellationToken);
            return true;
        }
        catch (DbUpdateException)
        {
            // Another node inserted it first: it holds the lease.
            return false;
        }
        finally
        {
            db.Entry(lease).State = EntityState.Detached;
        }
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
