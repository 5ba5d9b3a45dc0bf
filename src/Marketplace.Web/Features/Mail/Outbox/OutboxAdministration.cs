using Marketplace.Web.Data;
using Microsoft.EntityFrameworkCore;

namespace Marketplace.Web.Features.Mail.Outbox;

/// <summary>What an administrator sees of the outbox and may do with it: retry a failed message, cancel one that waits.</summary>
public sealed class OutboxAdministration(MarketplaceDbContext db, DatabaseLease lease, MailSignal signal, TimeProvider clock)
{
    public const int PageSize = 50;

    public sealed record Summary(int Pending, int Failed, int SentToday, DateTimeOffset? OldestPending, string? Sender);

    public async Task<Summary> SummaryAsync(CancellationToken cancellationToken)
    {
        var counts = await db.MailOutbox.AsNoTracking().Where(m => m.State == OutboxMailState.Pending || m.State == OutboxMailState.Failed)
            .GroupBy(m => m.State).Select(g => new { State = g.Key, Count = g.Count() }).ToListAsync(cancellationToken);
        var dayAgo = clock.GetUtcNow().AddDays(-1);
        var sent = await db.MailOutbox.AsNoTracking().CountAsync(m => m.State == OutboxMailState.Sent && m.SentAt > dayAgo, cancellationToken);
        var oldest = await db.MailOutbox.AsNoTracking().Where(m => m.State == OutboxMailState.Pending)
            .OrderBy(m => m.CreatedAt).Select(m => (DateTimeOffset?)m.CreatedAt).FirstOrDefaultAsync(cancellationToken);
        return new Summary(
            counts.SingleOrDefault(c => c.State == OutboxMailState.Pending)?.Count ?? 0,
            counts.SingleOrDefault(c => c.State == OutboxMailState.Failed)?.Count ?? 0,
            sent,
            oldest,
            await lease.HolderAsync(OutboxSender.LeaseName, cancellationToken));
    }

    /// <summary>Messages in <paramref name="state"/>, newest first, a page at a time below the id <paramref name="before"/>.</summary>
    public async Task<IReadOnlyList<OutboxMail>> ListAsync(OutboxMailState state, long? before, CancellationToken cancellationToken)
    {
        var query = db.MailOutbox.AsNoTracking().Where(m => m.State == state);
        if (before is { } cursor)
        {
            query = query.Where(m => m.Id < cursor);
        }

        return await query.OrderByDescending(m => m.Id).Take(PageSize).ToListAsync(cancellationToken);
    }

    /// <summary>A Failed or Cancelled message back in the queue with its attempts reset; false when it is not one.</summary>
    public async Task<bool> RetryAsync(long id, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow();
        var changed = await db.MailOutbox.Where(m => m.Id == id && (m.State == OutboxMailState.Failed || m.State == OutboxMailState.Cancelled))
            .ExecuteUpdateAsync(s => s.SetProperty(m => m.State, OutboxMailState.Pending).SetProperty(m => m.Attempts, 0)
                .SetProperty(m => m.NextAttemptAt, now), cancellationToken);
        if (changed == 1)
        {
            signal.Wake();
        }

        return changed == 1;
    }

    /// <summary>Every Failed message back in the queue (after the administrator fixed the SMTP settings); returns how many.</summary>
    public async Task<int> RetryAllFailedAsync(CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow();
        var changed = await db.MailOutbox.Where(m => m.State == OutboxMailState.Failed)
            .ExecuteUpdateAsync(s => s.SetProperty(m => m.State, OutboxMailState.Pending).SetProperty(m => m.Attempts, 0)
                .SetProperty(m => m.NextAttemptAt, now), cancellationToken);
        if (changed > 0)
        {
            signal.Wake();
        }

        return changed;
    }

    /// <summary>A Pending or Failed message withdrawn; false when it is not one (already sent, or unknown).</summary>
    public async Task<bool> CancelAsync(long id, CancellationToken cancellationToken) =>
        await db.MailOutbox.Where(m => m.Id == id && (m.State == OutboxMailState.Pending || m.State == OutboxMailState.Failed))
            .ExecuteUpdateAsync(s => s.SetProperty(m => m.State, OutboxMailState.Cancelled), cancellationToken) == 1;
}
