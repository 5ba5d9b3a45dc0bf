using System.Security.Claims;
using Marketplace.Web.Data;
using Marketplace.Web.Features.Accounts;
using Microsoft.EntityFrameworkCore;

namespace Marketplace.Web.Features.Forum.Moderation;

/// <summary>
/// What moderators (<see cref="ForumPermissions.IsModerator"/>) do to posts: the queue of flagged posts, hide, keep hidden,
/// restore and dismiss. Every change is a conditional update (a post is restored only while hidden, a flag resolved only
/// while open) so two moderators acting at once get a clear message instead of a double action, and every change writes
/// its audit line in the same transaction. Threads and suspensions are in the other parts of this partial class.
/// </summary>
public sealed partial class ModerationService(MarketplaceDbContext db, ModerationNotifier notifier, TimeProvider clock)
{
    /// <summary>Posts with open flags, hidden ones first, then by their newest flag.</summary>
    public async Task<List<QueueItem>> QueueAsync(CancellationToken cancellationToken)
    {
        var open = await db.ForumPostFlags.AsNoTracking().Where(f => f.ResolvedAt == null).ToListAsync(cancellationToken);
        var postIds = open.Select(f => f.PostId).Distinct().ToList();
        var posts = await db.ForumPosts.AsNoTracking().Where(p => postIds.Contains(p.Id) && p.DeletedAt == null).ToListAsync(cancellationToken);
        var threadIds = posts.Select(p => p.ThreadId).Distinct().ToList();
        var threads = await db.ForumThreads.AsNoTracking().Where(t => threadIds.Contains(t.Id)).ToDictionaryAsync(t => t.Id, cancellationToken);
        var boardIds = threads.Values.Select(t => t.BoardId).Distinct().ToList();
        var boards = await db.ForumBoards.AsNoTracking().Where(b => boardIds.Contains(b.Id)).ToDictionaryAsync(b => b.Id, cancellationToken);
        return posts
            .Select(p => new QueueItem(p, threads[p.ThreadId], boards[threads[p.ThreadId].BoardId], open.Where(f => f.PostId == p.Id).OrderBy(f => f.CreatedAt).ToList()))
            .OrderByDescending(i => i.Post.HiddenAt is not null).ThenByDescending(i => i.Flags[^1].CreatedAt)
            .Take(ModerationRules.QueueSize).ToList();
    }

    /// <summary>
    /// Hides a visible post with the moderator's reason, or keeps a hidden one hidden (settling its flags, and replacing the
    /// reason). Either way the post's open flags are resolved as upheld.
    /// </summary>
    public async Task<ModerationResult> HideAsync(ClaimsPrincipal user, int postId, ReasonInput input, CancellationToken cancellationToken)
    {
        if (await FindPostAsync(user, postId, cancellationToken) is not { } found)
        {
            return Refusal(user);
        }

        var (post, thread, url) = found;
        var errors = ModerationChecks.Check(input);
        if (errors.Count > 0)
        {
            return ModerationResult.Invalid(errors);
        }

        var reason = ModerationChecks.Clean(input.Reason)!;
        var now = clock.GetUtcNow();
        bool newlyHidden;
        await using (var transaction = await db.Database.BeginTransactionAsync(cancellationToken))
        {
            newlyHidden = await db.ForumPosts.Where(p => p.Id == postId && p.HiddenAt == null)
                .ExecuteUpdateAsync(s => s.SetProperty(p => p.HiddenAt, now).SetProperty(p => p.HiddenReason, reason), cancellationToken) == 1;
            var resolved = await ResolveFlagsAsync(user, postId, FlagOutcome.Upheld, now, cancellationToken);
            if (!newlyHidden && resolved == 0)
            {
                return ModerationResult.Conflict("Moderation.AlreadyHidden", url, post.Number);
            }

            if (!newlyHidden)
            {
                await db.ForumPosts.Where(p => p.Id == postId).ExecuteUpdateAsync(s => s.SetProperty(p => p.HiddenReason, reason), cancellationToken);
            }

            db.ForumModerationLog.Add(ModerationLog.Entry(user, newlyHidden ? ModerationAction.PostHidden : ModerationAction.PostKeptHidden, now, thread.Id, post.Id, post.AuthorId, post.AuthorName, reason));
            await db.SaveChangesAsync(cancellationToken);
            await transaction.CommitAsync(cancellationToken);
        }

        if (newlyHidden)
        {
            post.HiddenAt = now;
            post.HiddenReason = reason;
            await notifier.TellAsync(o => o.PostHiddenAsync(thread, post, reason, automatic: false, cancellationToken));
        }

        return ModerationResult.Done(newlyHidden ? "Moderation.Hidden" : "Moderation.KeptHidden", url, post.Number);
    }

    /// <summary>Shows a hidden post again; its open flags are dismissed.</summary>
    public async Task<ModerationResult> RestoreAsync(ClaimsPrincipal user, int postId, CancellationToken cancellationToken)
    {
        if (await FindPostAsync(user, postId, cancellationToken) is not { } found)
        {
            return Refusal(user);
        }

        var (post, thread, url) = found;
        var now = clock.GetUtcNow();
        await using (var transaction = await db.Database.BeginTransactionAsync(cancellationToken))
        {
            var restored = await db.ForumPosts.Where(p => p.Id == postId && p.HiddenAt != null)
                .ExecuteUpdateAsync(s => s.SetProperty(p => p.HiddenAt, (DateTimeOffset?)null).SetProperty(p => p.HiddenReason, (string?)null), cancellationToken);
            if (restored == 0)
            {
                return ModerationResult.Conflict("Moderation.NotHidden", url, post.Number);
            }

            await ResolveFlagsAsync(user, postId, FlagOutcome.Dismissed, now, cancellationToken);
            db.ForumModerationLog.Add(ModerationLog.Entry(user, ModerationAction.PostRestored, now, thread.Id, post.Id, post.AuthorId, post.AuthorName));
            await db.SaveChangesAsync(cancellationToken);
            await transaction.CommitAsync(cancellationToken);
        }

        post.HiddenAt = null;
        post.HiddenReason = null;
        await notifier.TellAsync(o => o.PostRestoredAsync(thread, post, cancellationToken));
        return ModerationResult.Done("Moderation.Restored", url, post.Number);
    }

    /// <summary>Dismisses the open flags of a visible post: the post stays as it is. A hidden post is restored instead.</summary>
    public async Task<ModerationResult> DismissAsync(ClaimsPrincipal user, int postId, CancellationToken cancellationToken)
    {
        if (await FindPostAsync(user, postId, cancellationToken) is not { } found)
        {
            return Refusal(user);
        }

        var (post, thread, url) = found;
        if (post.HiddenAt is not null)
        {
            return ModerationResult.Conflict("Moderation.DismissHidden", url, post.Number);
        }

        var now = clock.GetUtcNow();
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        if (await ResolveFlagsAsync(user, postId, FlagOutcome.Dismissed, now, cancellationToken) == 0)
        {
            return ModerationResult.Conflict("Moderation.FlagsResolved", url, post.Number);
        }

        db.ForumModerationLog.Add(ModerationLog.Entry(user, ModerationAction.FlagsDismissed, now, thread.Id, post.Id, post.AuthorId, post.AuthorName));
        await db.SaveChangesAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        return ModerationResult.Done("Moderation.Dismissed", url, post.Number);
    }

    private Task<int> ResolveFlagsAsync(ClaimsPrincipal user, int postId, FlagOutcome outcome, DateTimeOffset now, CancellationToken cancellationToken) =>
        db.ForumPostFlags.Where(f => f.PostId == postId && f.ResolvedAt == null).ExecuteUpdateAsync(
            s => s.SetProperty(f => f.ResolvedAt, now).SetProperty(f => f.ResolvedById, user.UserId()).SetProperty(f => f.Outcome, outcome), cancellationToken);

    /// <summary>The post (not deleted) with its thread and address, if <paramref name="user"/> is a moderator.</summary>
    private async Task<(Post Post, ForumThread Thread, string Url)?> FindPostAsync(ClaimsPrincipal user, int postId, CancellationToken cancellationToken)
    {
        if (!ForumPermissions.IsModerator(user))
        {
            return null;
        }

        var post = await db.ForumPosts.AsNoTracking().SingleOrDefaultAsync(p => p.Id == postId && p.DeletedAt == null, cancellationToken);
        if (post is null)
        {
            return null;
        }

        var thread = await db.ForumThreads.AsNoTracking().SingleAsync(t => t.Id == post.ThreadId, cancellationToken);
        return (post, thread, Quoting.PostUrl(thread.Id, thread.Title, post.Number));
    }

    private static ModerationResult Refusal(ClaimsPrincipal user) => ModerationResult.Refused(
        !ForumPermissions.IsSignedIn(user) ? ModerationStatus.SignInRequired
        : !ForumPermissions.IsModerator(user) ? ModerationStatus.Forbidden
        : ModerationStatus.NotFound);
}

/// <summary>A flagged post in the queue, with its thread, board and open flags (oldest first).</summary>
public sealed record QueueItem(Post Post, ForumThread Thread, Board Board, IReadOnlyList<PostFlag> Flags);
