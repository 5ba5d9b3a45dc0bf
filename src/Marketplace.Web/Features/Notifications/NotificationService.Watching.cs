using Microsoft.EntityFrameworkCore;

namespace Marketplace.Web.Features.Notifications;

/// <summary>Subscriptions: who watches what. Watching twice or unwatching what is not watched changes nothing.</summary>
public sealed partial class NotificationService
{
    /// <summary>Starts watching; false when the user already watched it.</summary>
    public async Task<bool> WatchAsync(string userId, WatchTarget kind, long targetId, CancellationToken cancellationToken = default)
    {
        if (await IsWatchingAsync(userId, kind, targetId, cancellationToken))
        {
            return false;
        }

        var subscription = new Subscription { UserId = userId, TargetKind = kind, TargetId = targetId, CreatedAt = clock.GetUtcNow() };
        db.Subscriptions.Add(subscription);
        try
        {
            await db.SaveChangesAsync(cancellationToken);
            return true;
        }
        catch (DbUpdateException)
        {
            // A double click raced past the check; the unique index kept one.
            Forget([subscription]);
            return false;
        }
    }

    /// <summary>Stops watching; false when the user did not watch it.</summary>
    public async Task<bool> UnwatchAsync(string userId, WatchTarget kind, long targetId, CancellationToken cancellationToken = default) =>
        await db.Subscriptions.Where(s => s.UserId == userId && s.TargetKind == kind && s.TargetId == targetId)
            .ExecuteDeleteAsync(cancellationToken) > 0;

    public Task<bool> IsWatchingAsync(string userId, WatchTarget kind, long targetId, CancellationToken cancellationToken = default) =>
        db.Subscriptions.AnyAsync(s => s.UserId == userId && s.TargetKind == kind && s.TargetId == targetId, cancellationToken);

    /// <summary>The ids of the users who watch the target.</summary>
    public async Task<IReadOnlyList<string>> WatchersOfAsync(WatchTarget kind, long targetId, CancellationToken cancellationToken = default) =>
        await db.Subscriptions.Where(s => s.TargetKind == kind && s.TargetId == targetId).Select(s => s.UserId).ToListAsync(cancellationToken);

    /// <summary>What the user watches, newest first.</summary>
    public async Task<IReadOnlyList<Subscription>> WatchedByAsync(string userId, CancellationToken cancellationToken = default) =>
        await db.Subscriptions.AsNoTracking().Where(s => s.UserId == userId).OrderByDescending(s => s.Id).ToListAsync(cancellationToken);
}
