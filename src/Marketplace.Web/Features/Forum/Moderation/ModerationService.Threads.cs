using System.Security.Claims;
using Marketplace.Web.Features.Catalog;
using Microsoft.EntityFrameworkCore;

namespace Marketplace.Web.Features.Forum.Moderation;

/// <summary>Moving a thread to another board, and deleting (softly) and restoring it, with the boards' counters kept right.</summary>
public sealed partial class ModerationService
{
    /// <summary>The boards a thread may be moved to, in board-list order (application boards included).</summary>
    public Task<List<Board>> BoardsAsync(CancellationToken cancellationToken) =>
        db.ForumBoards.AsNoTracking().OrderBy(b => b.Order).ThenBy(b => b.Name).Take(500).ToListAsync(cancellationToken);

    public async Task<ModerationResult> MoveThreadAsync(ClaimsPrincipal user, int threadId, string? boardSlug, CancellationToken cancellationToken)
    {
        if (await FindThreadAsync(user, threadId, cancellationToken) is not { } thread)
        {
            return Refusal(user);
        }

        var url = Quoting.ThreadUrl(thread.Id, thread.Title);
        var from = await db.ForumBoards.AsNoTracking().SingleAsync(b => b.Id == thread.BoardId, cancellationToken);
        var slug = boardSlug?.Trim();
        var to = string.IsNullOrEmpty(slug) ? null : await db.ForumBoards.AsNoTracking().SingleOrDefaultAsync(b => b.Slug == slug, cancellationToken);
        if (to is null)
        {
            return ModerationResult.Invalid([new FieldError("BoardSlug", "Move.UnknownBoard", slug ?? "")]);
        }

        if (to.Id == from.Id)
        {
            return ModerationResult.Invalid([new FieldError("BoardSlug", "Move.SameBoard", to.Name)]);
        }

        var now = clock.GetUtcNow();
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        var moved = await db.ForumThreads.Where(t => t.Id == threadId && t.BoardId == from.Id)
            .ExecuteUpdateAsync(s => s.SetProperty(t => t.BoardId, to.Id), cancellationToken);
        if (moved == 0)
        {
            return ModerationResult.Conflict("Move.Meanwhile", url);
        }

        if (thread.DeletedAt is null)
        {
            await CountAsync(from.Id, -1, -thread.PostCount, cancellationToken);
            await CountAsync(to.Id, 1, thread.PostCount, cancellationToken);
        }

        db.ForumModerationLog.Add(ModerationLog.Entry(user, ModerationAction.ThreadMoved, now, thread.Id, subjectUserId: thread.AuthorId,
            subjectUserName: thread.AuthorName, detail: $"{from.Name} → {to.Name}"));
        await db.SaveChangesAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        return ModerationResult.Done("Move.Done", url, to.Name);
    }

    /// <summary>Soft-deletes (<paramref name="delete"/>) or restores a thread: deleted threads are 404 for everyone but moderators.</summary>
    public async Task<ModerationResult> SetThreadDeletedAsync(ClaimsPrincipal user, int threadId, bool delete, string? reason, CancellationToken cancellationToken)
    {
        if (await FindThreadAsync(user, threadId, cancellationToken) is not { } thread)
        {
            return Refusal(user);
        }

        var url = Quoting.ThreadUrl(thread.Id, thread.Title);
        var now = clock.GetUtcNow();
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        var changed = delete
            ? await db.ForumThreads.Where(t => t.Id == threadId && t.DeletedAt == null).ExecuteUpdateAsync(s => s.SetProperty(t => t.DeletedAt, now), cancellationToken)
            : await db.ForumThreads.Where(t => t.Id == threadId && t.DeletedAt != null).ExecuteUpdateAsync(s => s.SetProperty(t => t.DeletedAt, (DateTimeOffset?)null), cancellationToken);
        if (changed == 0)
        {
            return ModerationResult.Conflict(delete ? "Thread.AlreadyDeleted" : "Thread.NotDeleted", url);
        }

        await CountAsync(thread.BoardId, delete ? -1 : 1, delete ? -thread.PostCount : thread.PostCount, cancellationToken);
        db.ForumModerationLog.Add(ModerationLog.Entry(user, delete ? ModerationAction.ThreadDeleted : ModerationAction.ThreadRestored, now, thread.Id,
            subjectUserId: thread.AuthorId, subjectUserName: thread.AuthorName, reason: ModerationChecks.Clean(reason), detail: thread.Title));
        await db.SaveChangesAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        return ModerationResult.Done(delete ? "Thread.Deleted" : "Thread.Restored", url);
    }

    private Task<int> CountAsync(int boardId, int threads, int posts, CancellationToken cancellationToken) =>
        db.ForumBoards.Where(b => b.Id == boardId).ExecuteUpdateAsync(
            s => s.SetProperty(b => b.ThreadCount, b => b.ThreadCount + threads).SetProperty(b => b.PostCount, b => b.PostCount + posts), cancellationToken);

    private async Task<ForumThread?> FindThreadAsync(ClaimsPrincipal user, int threadId, CancellationToken cancellationToken) =>
        ForumPermissions.IsModerator(user)
            ? await db.ForumThreads.AsNoTracking().SingleOrDefaultAsync(t => t.Id == threadId, cancellationToken)
            : null;
}
