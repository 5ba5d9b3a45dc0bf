using System.Security.Claims;
using Marketplace.Web.Data;
using Marketplace.Web.Features.Forum;
using Microsoft.EntityFrameworkCore;

namespace Marketplace.Web.Features.Notifications;

/// <summary>
/// Forum threads can be watched by whoever may read their board, as long as the thread is not deleted: a reader who
/// cannot see a thread must not learn of its replies through notifications. Deleted threads drop out of the list.
/// </summary>
internal sealed class ThreadWatchTargets(MarketplaceDbContext db) : IWatchTargets
{
    public WatchTarget Kind => WatchTarget.Thread;

    public async Task<bool> CanWatchAsync(ClaimsPrincipal user, long targetId, CancellationToken cancellationToken)
    {
        if (targetId is <= 0 or > int.MaxValue)
        {
            return false;
        }

        var board = await db.ForumThreads.AsNoTracking().Where(t => t.Id == (int)targetId && t.DeletedAt == null)
            .Join(db.ForumBoards, t => t.BoardId, b => b.Id, (t, b) => b).SingleOrDefaultAsync(cancellationToken);
        return board is not null && ForumPermissions.CanRead(user, board);
    }

    public async Task<IReadOnlyDictionary<long, WatchedItem>> DescribeAsync(IReadOnlyCollection<long> targetIds, CancellationToken cancellationToken)
    {
        var ids = ForumWatchIds.Of(targetIds);
        var threads = await db.ForumThreads.AsNoTracking().Where(t => ids.Contains(t.Id) && t.DeletedAt == null)
            .Select(t => new { t.Id, t.Title }).ToListAsync(cancellationToken);
        return threads.ToDictionary(t => (long)t.Id, t => new WatchedItem(t.Title, Quoting.ThreadUrl(t.Id, t.Title)));
    }
}

/// <summary>Forum boards can be watched by whoever may read them; their watchers hear of every new thread.</summary>
internal sealed class BoardWatchTargets(MarketplaceDbContext db) : IWatchTargets
{
    public WatchTarget Kind => WatchTarget.Board;

    public async Task<bool> CanWatchAsync(ClaimsPrincipal user, long targetId, CancellationToken cancellationToken) =>
        targetId is > 0 and <= int.MaxValue
        && await db.ForumBoards.AsNoTracking().SingleOrDefaultAsync(b => b.Id == (int)targetId, cancellationToken) is { } board
        && ForumPermissions.CanRead(user, board);

    public async Task<IReadOnlyDictionary<long, WatchedItem>> DescribeAsync(IReadOnlyCollection<long> targetIds, CancellationToken cancellationToken)
    {
        var ids = ForumWatchIds.Of(targetIds);
        var boards = await db.ForumBoards.AsNoTracking().Where(b => ids.Contains(b.Id)).Select(b => new { b.Id, b.Name, b.Slug }).ToListAsync(cancellationToken);
        return boards.ToDictionary(b => (long)b.Id, b => new WatchedItem(b.Name, "/forum/" + b.Slug));
    }
}

/// <summary>Subscriptions keep 64-bit ids; the forum's are 32-bit, so anything out of range names nothing.</summary>
internal static class ForumWatchIds
{
    public static List<int> Of(IReadOnlyCollection<long> targetIds) =>
        targetIds.Where(id => id is > 0 and <= int.MaxValue).Select(id => (int)id).Distinct().ToList();
}
