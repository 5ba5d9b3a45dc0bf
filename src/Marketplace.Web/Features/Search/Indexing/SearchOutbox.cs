using Marketplace.Web.Data;
using Microsoft.EntityFrameworkCore;

namespace Marketplace.Web.Features.Search.Indexing;

/// <summary>Reads of the outbox table (the triggers write it) and its pruning.</summary>
internal sealed class SearchOutbox(MarketplaceDbContext db)
{
    private IQueryable<SearchOutboxEntry> Entries => db.Set<SearchOutboxEntry>().AsNoTracking();

    /// <summary>The rows beyond <paramref name="position"/>, in id order (committed ones only: that is all a reader sees).</summary>
    public async Task<IReadOnlyList<OutboxRow>> ReadAfterAsync(long position, int take, CancellationToken cancellationToken) =>
        await Entries.Where(e => e.Id > position).OrderBy(e => e.Id).Take(take)
            .Select(e => new OutboxRow(e.Id, e.Key, e.EnqueuedAt)).ToListAsync(cancellationToken);

    /// <summary>The lowest and highest ids kept, or null for an empty outbox.</summary>
    public async Task<(long Min, long Max)?> BoundsAsync(CancellationToken cancellationToken)
    {
        var max = await Entries.MaxAsync(e => (long?)e.Id, cancellationToken);
        return max is null ? null : (await Entries.MinAsync(e => e.Id, cancellationToken), max.Value);
    }

    /// <summary>How many rows lie beyond <paramref name="position"/>, and when the first of them was enqueued.</summary>
    public async Task<(int Count, DateTimeOffset? Oldest)> PendingAsync(long position, CancellationToken cancellationToken)
    {
        var oldest = await Entries.Where(e => e.Id > position).OrderBy(e => e.Id).Select(e => (DateTimeOffset?)e.EnqueuedAt).FirstOrDefaultAsync(cancellationToken);
        return oldest is null ? (0, null) : (await Entries.CountAsync(e => e.Id > position, cancellationToken), oldest);
    }

    /// <summary>
    /// Deletes rows enqueued before <paramref name="cutoff"/>, but never the newest row: the lowest id kept then always tells
    /// a node that was away longer than the retention that it missed rows (and must rebuild), even after a quiet week.
    /// </summary>
    public async Task<int> PruneAsync(DateTimeOffset cutoff, CancellationToken cancellationToken)
    {
        var max = await Entries.MaxAsync(e => (long?)e.Id, cancellationToken);
        return max is null ? 0 : await db.Set<SearchOutboxEntry>().Where(e => e.EnqueuedAt < cutoff && e.Id < max).ExecuteDeleteAsync(cancellationToken);
    }
}
