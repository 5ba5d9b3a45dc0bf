using System.Globalization;
using System.Security.Claims;
using Marketplace.Web.Data;
using Marketplace.Web.Features.Accounts;
using Marketplace.Web.Features.Catalog;
using Marketplace.Web.Features.Forum.Moderation;
using Marketplace.Web.Features.Shared;
using Microsoft.EntityFrameworkCore;

namespace Marketplace.Web.Features.Forum;

/// <summary>Writing: threads, replies, edits, soft deletion, answers, pins and locks, with mentions resolved and observers told after each save.</summary>
public sealed partial class ForumService
{
    public async Task<ForumResult<ForumThread>> CreateThreadAsync(ClaimsPrincipal user, string boardSlug, ThreadInput input, CancellationToken cancellationToken)
    {
        var found = await FindBoardAsync(user, boardSlug, cancellationToken);
        if (found.Value is not { } board)
        {
            return ForumResult<ForumThread>.Refused(found.Status);
        }

        if (!await CanPostAsync(user, board, cancellationToken))
        {
            return ForumResult<ForumThread>.Refused(await WriteRefusalAsync(user, cancellationToken));
        }

        var errors = ForumChecks.Check(input, out var tags);
        if (errors.Count > 0)
        {
            return ForumResult<ForumThread>.Invalid(errors);
        }

        var now = clock.GetUtcNow();
        var thread = new ForumThread
        {
            BoardId = board.Id,
            Title = input.Title!.Trim(),
            AuthorId = user.UserId()!,
            AuthorName = user.DisplayName(),
            AuthorRegionCode = user.RegionCode() ?? "",
            CreatedAt = now,
            LastPostAt = now,
            PostCount = 1,
            Tags = tags.Select(t => new ThreadTag { Tag = t }).ToList(),
        };
        var post = NewPost(user, ForumChecks.Clean(input.Body!), now);
        post.Number = 1;
        var mentioned = await ResolveMentionsAsync(post.Body, cancellationToken);

        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        db.ForumThreads.Add(thread);
        await db.SaveChangesAsync(cancellationToken);
        post.ThreadId = thread.Id;
        db.ForumPosts.Add(post);
        await db.SaveChangesAsync(cancellationToken);
        await SaveMentionsAsync(post.Id, mentioned, cancellationToken);
        await db.ForumBoards.Where(b => b.Id == board.Id).ExecuteUpdateAsync(
            s => s.SetProperty(b => b.ThreadCount, b => b.ThreadCount + 1).SetProperty(b => b.PostCount, b => b.PostCount + 1).SetProperty(b => b.LastPostAt, now),
            cancellationToken);
        await transaction.CommitAsync(cancellationToken);

        var others = Others(mentioned, post.AuthorId);
        await NotifyAsync(o => o.ThreadCreatedAsync(thread, post, others, cancellationToken));
        return ForumResult<ForumThread>.Done(thread);
    }

    public async Task<ForumResult<Post>> ReplyAsync(ClaimsPrincipal user, int threadId, PostInput input, CancellationToken cancellationToken)
    {
        var refusal = await CheckWriteAsync(user, threadId, cancellationToken);
        if (refusal.Value is not { } view)
        {
            return ForumResult<Post>.Refused(refusal.Status);
        }

        var errors = ForumChecks.Check(input);
        if (input.ReplyToPostId is { } replyTo && !await db.ForumPosts.AnyAsync(p => p.Id == replyTo && p.ThreadId == threadId, cancellationToken))
        {
            errors.Add(new(nameof(input.ReplyToPostId), "Forum.ReplyToUnknown"));
        }

        if (errors.Count > 0)
        {
            return ForumResult<Post>.Invalid(errors);
        }

        var now = clock.GetUtcNow();
        var post = NewPost(user, ForumChecks.Clean(input.Body!), now);
        post.ThreadId = threadId;
        post.ReplyToPostId = input.ReplyToPostId;
        var mentioned = await ResolveMentionsAsync(post.Body, cancellationToken);

        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        // Raising the counter first locks the thread's row until commit: the next reply waits and takes the next number.
        await db.ForumThreads.Where(t => t.Id == threadId).ExecuteUpdateAsync(
            s => s.SetProperty(t => t.PostCount, t => t.PostCount + 1).SetProperty(t => t.LastPostAt, now), cancellationToken);
        post.Number = await db.ForumThreads.Where(t => t.Id == threadId).Select(t => t.PostCount).SingleAsync(cancellationToken);
        db.ForumPosts.Add(post);
        await db.SaveChangesAsync(cancellationToken);
        await SaveMentionsAsync(post.Id, mentioned, cancellationToken);
        await db.ForumBoards.Where(b => b.Id == view.Board.Id).ExecuteUpdateAsync(
            s => s.SetProperty(b => b.PostCount, b => b.PostCount + 1).SetProperty(b => b.LastPostAt, now), cancellationToken);
        await transaction.CommitAsync(cancellationToken);

        view.Thread.PostCount = post.Number;
        view.Thread.LastPostAt = now;
        await NotifyAsync(o => o.PostCreatedAsync(view.Thread, post, Others(mentioned, post.AuthorId), cancellationToken));
        return ForumResult<Post>.Done(post);
    }

    /// <summary>The post with its thread, if <paramref name="user"/> may change it: its author or a moderator, not in a locked thread (moderators may).</summary>
    public async Task<ForumResult<Post>> FindForEditAsync(ClaimsPrincipal user, int postId, CancellationToken cancellationToken)
    {
        var post = await FindPostAsync(postId, cancellationToken);
        if (post is null || post.DeletedAt is not null)
        {
            return ForumResult<Post>.Refused(ForumStatus.NotFound);
        }

        var view = await FindThreadAsync(user, post.ThreadId, cancellationToken);
        if (view.Value is not { } found)
        {
            return ForumResult<Post>.Refused(view.Status);
        }

        if (!ForumPermissions.IsSignedIn(user))
        {
            return ForumResult<Post>.Refused(ForumStatus.SignInRequired);
        }

        if (!ForumPermissions.CanEdit(user, post))
        {
            return ForumResult<Post>.Refused(ForumStatus.Forbidden);
        }

        if (!ForumPermissions.IsModerator(user) && await suspensions.IsSuspendedAsync(user.UserId()!, cancellationToken))
        {
            return ForumResult<Post>.Refused(ForumStatus.Suspended);
        }

        return found.Thread.IsLocked && !ForumPermissions.IsModerator(user)
            ? ForumResult<Post>.Refused(ForumStatus.Locked)
            : ForumResult<Post>.Done(post);
    }

    /// <summary>Replaces the body, keeping the old one as a revision and recording who edited and when.</summary>
    public async Task<ForumResult<Post>> EditAsync(ClaimsPrincipal user, int postId, PostInput input, CancellationToken cancellationToken)
    {
        var found = await FindForEditAsync(user, postId, cancellationToken);
        if (found.Value is null)
        {
            return found;
        }

        var errors = ForumChecks.Check(input);
        if (errors.Count > 0)
        {
            return ForumResult<Post>.Invalid(errors);
        }

        var post = await db.ForumPosts.SingleAsync(p => p.Id == postId, cancellationToken);
        var body = ForumChecks.Clean(input.Body!);
        if (body == post.Body)
        {
            return ForumResult<Post>.Done(post);
        }

        var now = clock.GetUtcNow();
        db.ForumPostRevisions.Add(new PostRevision { PostId = post.Id, Body = post.Body, EditedAt = now, EditedByName = user.DisplayName() });
        post.Body = body;
        post.EditedAt = now;
        post.EditedByName = user.DisplayName();
        var mentioned = await ResolveMentionsAsync(body, cancellationToken);
        var known = await db.ForumPostMentions.Where(m => m.PostId == post.Id).Select(m => m.UserId).ToListAsync(cancellationToken);
        var added = mentioned.Except(known).ToList();
        await db.ForumPostMentions.Where(m => m.PostId == post.Id && !mentioned.Contains(m.UserId)).ExecuteDeleteAsync(cancellationToken);
        db.ForumPostMentions.AddRange(added.Select(id => new PostMention { PostId = post.Id, UserId = id }));
        AuditOthers(user, post, ModerationAction.PostEdited, now);
        await db.SaveChangesAsync(cancellationToken);

        var thread = await db.ForumThreads.AsNoTracking().SingleAsync(t => t.Id == post.ThreadId, cancellationToken);
        await NotifyAsync(o => o.PostEditedAsync(thread, post, Others(added, post.AuthorId), cancellationToken));
        return ForumResult<Post>.Done(post);
    }

    /// <summary>Soft deletion by the author or a moderator: the post keeps its place and number and shows who deleted it.</summary>
    public async Task<ForumResult<Post>> DeleteAsync(ClaimsPrincipal user, int postId, CancellationToken cancellationToken)
    {
        var found = await FindForEditAsync(user, postId, cancellationToken);
        if (found.Value is null)
        {
            return found;
        }

        var post = await db.ForumPosts.SingleAsync(p => p.Id == postId, cancellationToken);
        post.DeletedAt = clock.GetUtcNow();
        post.DeletedByName = user.DisplayName();
        AuditOthers(user, post, ModerationAction.PostDeleted, post.DeletedAt.Value);
        await db.SaveChangesAsync(cancellationToken);
        return ForumResult<Post>.Done(post);
    }

    /// <summary>The thread starter or a moderator marks a reply as the answer; marking the answer again unmarks it.</summary>
    public async Task<ForumResult<ForumThread>> MarkAnswerAsync(ClaimsPrincipal user, int postId, CancellationToken cancellationToken)
    {
        var post = await FindPostAsync(postId, cancellationToken);
        if (post is null || post.DeletedAt is not null || post.HiddenAt is not null)
        {
            return ForumResult<ForumThread>.Refused(ForumStatus.NotFound);
        }

        var view = await FindThreadAsync(user, post.ThreadId, cancellationToken);
        if (view.Value is null)
        {
            return ForumResult<ForumThread>.Refused(view.Status);
        }

        if (!ForumPermissions.CanMarkAnswer(user, view.Value.Thread) || post.Number == 1)
        {
            return ForumResult<ForumThread>.Refused(ForumPermissions.IsSignedIn(user) ? ForumStatus.Forbidden : ForumStatus.SignInRequired);
        }

        var thread = await db.ForumThreads.SingleAsync(t => t.Id == post.ThreadId, cancellationToken);
        thread.AnswerPostId = thread.AnswerPostId == post.Id ? null : post.Id;
        await db.SaveChangesAsync(cancellationToken);
        return ForumResult<ForumThread>.Done(thread);
    }

    /// <summary>Moderators pin a thread above the others, or lock it against new posts; each call sets the given state.</summary>
    public async Task<ForumResult<ForumThread>> ModerateAsync(ClaimsPrincipal user, int threadId, bool? pinned, bool? locked, CancellationToken cancellationToken)
    {
        if (!ForumPermissions.IsModerator(user))
        {
            return ForumResult<ForumThread>.Refused(ForumPermissions.IsSignedIn(user) ? ForumStatus.Forbidden : ForumStatus.SignInRequired);
        }

        var thread = await db.ForumThreads.SingleOrDefaultAsync(t => t.Id == threadId, cancellationToken);
        if (thread is null)
        {
            return ForumResult<ForumThread>.Refused(ForumStatus.NotFound);
        }

        var now = clock.GetUtcNow();
        if (pinned is { } pin && pin != thread.IsPinned)
        {
            db.ForumModerationLog.Add(ModerationLog.Entry(user, pin ? ModerationAction.ThreadPinned : ModerationAction.ThreadUnpinned, now, thread.Id, detail: thread.Title));
        }

        if (locked is { } lockIt && lockIt != thread.IsLocked)
        {
            db.ForumModerationLog.Add(ModerationLog.Entry(user, lockIt ? ModerationAction.ThreadLocked : ModerationAction.ThreadUnlocked, now, thread.Id, detail: thread.Title));
        }

        thread.IsPinned = pinned ?? thread.IsPinned;
        thread.IsLocked = locked ?? thread.IsLocked;
        await db.SaveChangesAsync(cancellationToken);
        return ForumResult<ForumThread>.Done(thread);
    }

    private async Task<ForumResult<ThreadView>> CheckWriteAsync(ClaimsPrincipal user, int threadId, CancellationToken cancellationToken)
    {
        var found = await FindThreadAsync(user, threadId, cancellationToken);
        if (found.Value is not { } view)
        {
            return found;
        }

        if (!await CanPostAsync(user, view.Board, cancellationToken))
        {
            return ForumResult<ThreadView>.Refused(await WriteRefusalAsync(user, cancellationToken));
        }

        return view.Thread.IsLocked && !ForumPermissions.IsModerator(user) ? ForumResult<ThreadView>.Refused(ForumStatus.Locked) : found;
    }

    /// <summary>Signed out: sign in; suspended: say so (the page tells until when and why); otherwise not allowed.</summary>
    public async Task<ForumStatus> WriteRefusalAsync(ClaimsPrincipal user, CancellationToken cancellationToken) =>
        user.UserId() is not { } userId ? ForumStatus.SignInRequired
        : await suspensions.IsSuspendedAsync(userId, cancellationToken) ? ForumStatus.Suspended
        : ForumStatus.Forbidden;

    /// <summary>A moderator changing someone else's post leaves an audit line, saved with the change.</summary>
    private void AuditOthers(ClaimsPrincipal user, Post post, ModerationAction action, DateTimeOffset now)
    {
        if (post.AuthorId != user.UserId())
        {
            db.ForumModerationLog.Add(ModerationLog.Entry(user, action, now, post.ThreadId, post.Id, post.AuthorId, post.AuthorName));
        }
    }

    private static Post NewPost(ClaimsPrincipal user, string body, DateTimeOffset now) => new()
    {
        AuthorId = user.UserId()!,
        AuthorName = user.DisplayName(),
        AuthorRegionCode = user.RegionCode() ?? "",
        Body = body,
        CreatedAt = now,
    };

    /// <summary>The accounts named by the body's handles; a handle that fits no account, or more than one, names nobody.</summary>
    private async Task<List<string>> ResolveMentionsAsync(string body, CancellationToken cancellationToken)
    {
        var ids = new List<string>();
        foreach (var handle in Mentions.Parse(body))
        {
            var prefix = handle.ToUpperInvariant() + "@";
            var matches = await db.Users.Where(u => u.NormalizedEmail!.StartsWith(prefix) && u.ApprovedAt != null).OrderBy(u => u.Id).Select(u => u.Id).Take(2).ToListAsync(cancellationToken);
            if (matches is [var id] && !ids.Contains(id))
            {
                ids.Add(id);
            }
        }

        return ids;
    }

    private async Task SaveMentionsAsync(int postId, List<string> userIds, CancellationToken cancellationToken)
    {
        if (userIds.Count > 0)
        {
            db.ForumPostMentions.AddRange(userIds.Select(id => new PostMention { PostId = postId, UserId = id }));
            await db.SaveChangesAsync(cancellationToken);
        }
    }

    private async Task<IReadOnlyDictionary<string, string>> MentionLinksAsync(List<int> postIds, CancellationToken cancellationToken)
    {
        var users = await db.ForumPostMentions.AsNoTracking().Where(m => postIds.Contains(m.PostId))
            .Join(db.Users, m => m.UserId, u => u.Id, (m, u) => new { u.Email, u.RegionCode }).Distinct().ToListAsync(cancellationToken);
        var links = new Dictionary<string, string>();
        foreach (var user in users.Where(u => u.Email is not null))
        {
            links[Mentions.HandleOf(user.Email!)] = "/wilayah/" + user.RegionCode;
        }

        return links;
    }

    private static List<string> Others(List<string> userIds, string authorId) => userIds.Where(id => id != authorId).ToList();

    private Task NotifyAsync(Func<IForumObserver, Task> call) => Observers.TellAllAsync(observers, call, logger);
}
