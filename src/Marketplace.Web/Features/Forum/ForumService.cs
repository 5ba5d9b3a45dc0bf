using System.Globalization;
using System.Security.Claims;
using Marketplace.Web.Data;
using Marketplace.Web.Features.Accounts;
using Marketplace.Web.Features.Catalog;
using Marketplace.Web.Features.Forum.Moderation;
using Microsoft.EntityFrameworkCore;

namespace Marketplace.Web.Features.Forum;

/// <summary>
/// Everything the forum reads and writes, for the pages and the API alike, checking rights per board first
/// (see <see cref="ForumPermissions"/>). Post numbers come from the thread's counter raised in the same transaction
/// as the insert, so two replies at once get two numbers and (ThreadId, Number) stays dense for paging.
/// </summary>
public sealed class ForumService(
    MarketplaceDbContext db, IEnumerable<IForumObserver> observers, IForumSuspensions suspensions, TimeProvider clock, ILogger<ForumService> logger)
{
    /// <summary>The boards <paramref name="user"/> may read: pokja and general boards, then application boards with threads, latest first.</summary>
    public async Task<List<Board>> ListBoardsAsync(ClaimsPrincipal user, CancellationToken cancellationToken)
    {
        var signedIn = ForumPermissions.IsSignedIn(user);
        var readable = db.ForumBoards.AsNoTracking().Where(b => signedIn || b.ReadAccess == BoardReadAccess.Public);
        var main = await readable.Where(b => b.Kind != BoardKind.Aplikasi).OrderBy(b => b.Order).ThenBy(b => b.Name).ToListAsync(cancellationToken);
        var apps = await readable.Where(b => b.Kind == BoardKind.Aplikasi && b.ThreadCount > 0)
            .OrderByDescending(b => b.LastPostAt).Take(50).ToListAsync(cancellationToken);
        return [.. main, .. apps];
    }

    public async Task<ForumResult<Board>> FindBoardAsync(ClaimsPrincipal user, string slug, CancellationToken cancellationToken)
    {
        var board = await db.ForumBoards.AsNoTracking().SingleOrDefaultAsync(b => b.Slug == slug, cancellationToken);
        return board is null ? ForumResult<Board>.Refused(ForumStatus.NotFound)
            : !ForumPermissions.CanRead(user, board) ? ForumResult<Board>.Refused(ForumStatus.SignInRequired)
            : ForumResult<Board>.Done(board);
    }

    /// <summary>Whether <paramref name="user"/> may start threads and reply on <paramref name="board"/> now (locks aside).</summary>
    public async Task<bool> CanPostAsync(ClaimsPrincipal user, Board board, CancellationToken cancellationToken)
    {
        if (user.UserId() is not { } userId)
        {
            return false;
        }

        var member = board.PostAccess == BoardPostAccess.PokjaMembers
            && await db.ForumBoardMembers.AnyAsync(m => m.BoardId == board.Id && m.UserId == userId, cancellationToken);
        return ForumPermissions.CanPost(user, board, member) && !await suspensions.IsSuspendedAsync(userId, cancellationToken);
    }

    /// <summary>
    /// A page of the board's threads: pinned ones above the first page, the others newest activity first, paged by the
    /// (LastPostAt, Id) of the last row shown (<paramref name="after"/>), so every page is one index range.
    /// </summary>
    public async Task<ThreadPage> ListThreadsAsync(ClaimsPrincipal user, Board board, string? after, CancellationToken cancellationToken)
    {
        var threads = db.ForumThreads.AsNoTracking().Where(t => t.BoardId == board.Id && t.DeletedAt == null);
        List<ForumThread> pinned = [];
        // IsPinned compared with a parameter, and LastPostAt bounded on its own: both become index range conditions
        // on (BoardId, IsPinned, LastPostAt, Id), so a page reads 31 index entries instead of sorting the whole board.
        var (no, yes) = (false, true);
        var rest = threads.Where(t => t.IsPinned == no);
        if (ThreadCursor.TryParse(after, out var at, out var id))
        {
            rest = rest.Where(t => t.LastPostAt <= at && (t.LastPostAt < at || t.Id < id));
        }
        else
        {
            pinned = await threads.Where(t => t.IsPinned == yes).OrderByDescending(t => t.LastPostAt).ThenByDescending(t => t.Id).Take(ForumRules.ThreadsPerPage).ToListAsync(cancellationToken);
        }

        var page = await rest.OrderByDescending(t => t.LastPostAt).ThenByDescending(t => t.Id).Take(ForumRules.ThreadsPerPage + 1).ToListAsync(cancellationToken);
        var next = page.Count > ForumRules.ThreadsPerPage ? ThreadCursor.Format(page[ForumRules.ThreadsPerPage - 1]) : null;
        page = page.Take(ForumRules.ThreadsPerPage).ToList();

        await LoadTagsAsync([.. pinned, .. page], cancellationToken);
        var reads = new Dictionary<int, int>();
        if (user.UserId() is { } userId)
        {
            var ids = pinned.Concat(page).Select(t => t.Id).ToList();
            reads = await db.ForumThreadReads.AsNoTracking().Where(r => r.UserId == userId && ids.Contains(r.ThreadId))
                .ToDictionaryAsync(r => r.ThreadId, r => r.LastReadNumber, cancellationToken);
        }

        ThreadRow Row(ForumThread t) => new(t, ForumPermissions.IsSignedIn(user) && (!reads.TryGetValue(t.Id, out var read) || read < t.PostCount));
        return new(pinned.Select(Row).ToList(), page.Select(Row).ToList(), next);
    }

    /// <summary>A thread and its board if <paramref name="user"/> may read them; deleted threads are seen only by moderators.</summary>
    public async Task<ForumResult<ThreadView>> FindThreadAsync(ClaimsPrincipal user, int id, CancellationToken cancellationToken)
    {
        var thread = await db.ForumThreads.AsNoTracking().SingleOrDefaultAsync(t => t.Id == id, cancellationToken);
        if (thread is null || (thread.DeletedAt is not null && !ForumPermissions.IsModerator(user)))
        {
            return ForumResult<ThreadView>.Refused(ForumStatus.NotFound);
        }

        await LoadTagsAsync([thread], cancellationToken);

        var board = await db.ForumBoards.AsNoTracking().SingleAsync(b => b.Id == thread.BoardId, cancellationToken);
        return ForumPermissions.CanRead(user, board)
            ? ForumResult<ThreadView>.Done(new(thread, board))
            : ForumResult<ThreadView>.Refused(ForumStatus.SignInRequired);
    }

    /// <summary>
    /// The threads' tags in one query by thread id: under load, Include(Tags) cost more than the threads themselves
    /// (a join, a sort of the joined rows and EF Core's collection fix-up on every request; see bench/README.md).
    /// </summary>
    private async Task LoadTagsAsync(List<ForumThread> threads, CancellationToken cancellationToken)
    {
        if (threads.Count == 0)
        {
            return;
        }

        var ids = threads.Select(t => t.Id).ToList();
        var tags = (await db.ForumThreadTags.AsNoTracking().Where(t => ids.Contains(t.ThreadId)).OrderBy(t => t.ThreadId).ThenBy(t => t.Tag).ToListAsync(cancellationToken)).ToLookup(t => t.ThreadId);
        threads.ForEach(t => t.Tags = [.. tags[t.Id]]);
    }

    /// <summary>Page <paramref name="page"/> of the thread: posts numbered ((page-1)·n, page·n], read as one index range.</summary>
    public async Task<PostPage> PostsAsync(ForumThread thread, int page, CancellationToken cancellationToken)
    {
        var pageCount = Math.Max(1, (thread.PostCount + ForumRules.PostsPerPage - 1) / ForumRules.PostsPerPage);
        page = Math.Clamp(page, 1, pageCount);
        var from = (page - 1) * ForumRules.PostsPerPage;
        var to = page * ForumRules.PostsPerPage;
        var posts = await db.ForumPosts.AsNoTracking()
            .Where(p => p.ThreadId == thread.Id && p.Number > from && p.Number <= to)
            .OrderBy(p => p.Number).ToListAsync(cancellationToken);
        return new(page, pageCount, posts, await MentionLinksAsync(posts.Select(p => p.Id).ToList(), cancellationToken));
    }

    /// <summary>The posts with the given numbers of a thread (for "replying to #n" and quotes), by id.</summary>
    public Task<Dictionary<int, Post>> PostsByIdAsync(IReadOnlyCollection<int> ids, CancellationToken cancellationToken) =>
        db.ForumPosts.AsNoTracking().Where(p => ids.Contains(p.Id)).ToDictionaryAsync(p => p.Id, cancellationToken);

    public Task<Post?> FindPostAsync(int id, CancellationToken cancellationToken) =>
        db.ForumPosts.AsNoTracking().SingleOrDefaultAsync(p => p.Id == id, cancellationToken);

    public Task<List<PostRevision>> RevisionsAsync(int postId, CancellationToken cancellationToken) =>
        db.ForumPostRevisions.AsNoTracking().Where(r => r.PostId == postId).OrderByDescending(r => r.EditedAt).ThenByDescending(r => r.Id).ToListAsync(cancellationToken);

    /// <summary>
    /// Records that the signed-in reader has seen posts up to <paramref name="lastShown"/> and returns the number they had
    /// seen before (0 on a first visit), which the page uses for its "new since your last visit" marker.
    /// </summary>
    public async Task<int> MarkReadAsync(ClaimsPrincipal user, int threadId, int lastShown, CancellationToken cancellationToken)
    {
        if (user.UserId() is not { } userId)
        {
            return 0;
        }

        var read = await db.ForumThreadReads.SingleOrDefaultAsync(r => r.UserId == userId && r.ThreadId == threadId, cancellationToken);
        var before = read?.LastReadNumber ?? 0;
        if (read is null)
        {
            db.ForumThreadReads.Add(new ThreadRead { UserId = userId, ThreadId = threadId, LastReadNumber = lastShown, ReadAt = clock.GetUtcNow() });
        }
        else if (lastShown > read.LastReadNumber)
        {
            read.LastReadNumber = lastShown;
            read.ReadAt = clock.GetUtcNow();
        }
        else
        {
            return before;
        }

        await db.SaveChangesAsync(cancellationToken);
        return before;
    }

    /// <summary>The number the reader had seen in the thread, without changing it.</summary>
    public async Task<int> LastReadAsync(ClaimsPrincipal user, int threadId, CancellationToken cancellationToken) =>
        user.UserId() is { } userId
            ? await db.ForumThreadReads.Where(r => r.UserId == userId && r.ThreadId == threadId).Select(r => r.LastReadNumber).FirstOrDefaultAsync(cancellationToken)
            : 0;

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

    /// <summary>The discussion board of a shared application, created the first time someone opens it (see ForumRegistration).</summary>
    public async Task<Board> EnsureAppBoardAsync(SharedApp app, CancellationToken cancellationToken)
    {
        if (await db.ForumBoards.AsNoTracking().SingleOrDefaultAsync(b => b.AppId == app.Id, cancellationToken) is { } existing)
        {
            return existing;
        }

        var board = new Board
        {
            Slug = AppBoardSlug(app.Slug),
            Name = app.Name,
            Description = app.Summary ?? "",
            Kind = BoardKind.Aplikasi,
            AppId = app.Id,
            ReadAccess = BoardReadAccess.Public,
            PostAccess = BoardPostAccess.Members,
            Order = 1000,
        };
        if (board.Name.Length > ForumRules.NameMax)
        {
            board.Name = board.Name[..ForumRules.NameMax];
        }

        if (board.Description.Length > ForumRules.DescriptionMax)
        {
            board.Description = board.Description[..ForumRules.DescriptionMax];
        }

        db.ForumBoards.Add(board);
        try
        {
            await db.SaveChangesAsync(cancellationToken);
            return board;
        }
        catch (DbUpdateException)
        {
            // Someone opened the same discussion at the same moment; theirs is the board.
            db.Entry(board).State = EntityState.Detached;
            return await db.ForumBoards.AsNoTracking().SingleAsync(b => b.AppId == app.Id, cancellationToken);
        }
    }

    public static string AppBoardSlug(string appSlug) => "aplikasi-" + appSlug;

    public async Task<List<(BoardMember Member, string Name, string Email, string RegionCode)>> MembersAsync(int boardId, CancellationToken cancellationToken)
    {
        var rows = await db.ForumBoardMembers.AsNoTracking().Where(m => m.BoardId == boardId)
            .Join(db.Users, m => m.UserId, u => u.Id, (m, u) => new { m, u.FullName, u.Email, u.RegionCode })
            .OrderBy(r => r.FullName).ToListAsync(cancellationToken);
        return rows.Select(r => (r.m, r.FullName, r.Email ?? "", r.RegionCode)).ToList();
    }

    /// <summary>A Kurator adds the account with <paramref name="email"/> to a pokja board; adding a member twice changes nothing.</summary>
    public async Task<ForumResult<BoardMember>> AddMemberAsync(ClaimsPrincipal user, Board board, string? email, CancellationToken cancellationToken)
    {
        if (!ForumPermissions.CanManageMembers(user, board))
        {
            return ForumResult<BoardMember>.Refused(ForumStatus.Forbidden);
        }

        var normalized = email?.Trim().ToUpperInvariant();
        var account = string.IsNullOrEmpty(normalized) ? null
            : await db.Users.AsNoTracking().SingleOrDefaultAsync(u => u.NormalizedEmail == normalized && u.ApprovedAt != null, cancellationToken);
        if (account is null)
        {
            return ForumResult<BoardMember>.Invalid([new("Email", "Forum.UnknownMember", email?.Trim() ?? "")]);
        }

        var existing = await db.ForumBoardMembers.SingleOrDefaultAsync(m => m.BoardId == board.Id && m.UserId == account.Id, cancellationToken);
        if (existing is not null)
        {
            return ForumResult<BoardMember>.Done(existing);
        }

        var member = new BoardMember { BoardId = board.Id, UserId = account.Id, AddedAt = clock.GetUtcNow(), AddedByName = user.DisplayName() };
        db.ForumBoardMembers.Add(member);
        await db.SaveChangesAsync(cancellationToken);
        return ForumResult<BoardMember>.Done(member);
    }

    public async Task<ForumStatus> RemoveMemberAsync(ClaimsPrincipal user, Board board, string userId, CancellationToken cancellationToken)
    {
        if (!ForumPermissions.CanManageMembers(user, board))
        {
            return ForumStatus.Forbidden;
        }

        await db.ForumBoardMembers.Where(m => m.BoardId == board.Id && m.UserId == userId).ExecuteDeleteAsync(cancellationToken);
        return ForumStatus.Done;
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

    private async Task NotifyAsync(Func<IForumObserver, Task> call)
    {
        foreach (var observer in observers)
        {
            try
            {
                await call(observer);
            }
            catch (Exception exception) when (exception is not OperationCanceledException)
            {
                // The post is saved; a failing observer must not turn the writer's success into an error page.
                logger.LogError(exception, "Forum observer {Observer} failed", observer.GetType().Name);
            }
        }
    }
}

/// <summary>The board page's cursor: the last row's LastPostAt (UTC ticks) and id, "638700000000000000-42".</summary>
public static class ThreadCursor
{
    public static string Format(ForumThread thread) =>
        thread.LastPostAt.UtcTicks.ToString(CultureInfo.InvariantCulture) + "-" + thread.Id.ToString(CultureInfo.InvariantCulture);

    public static bool TryParse(string? cursor, out DateTimeOffset at, out int id)
    {
        at = default;
        id = 0;
        var parts = cursor?.Split('-');
        if (parts is not [var ticks, var idText]
            || !long.TryParse(ticks, NumberStyles.None, CultureInfo.InvariantCulture, out var utcTicks)
            || utcTicks < DateTimeOffset.MinValue.UtcTicks || utcTicks > DateTimeOffset.MaxValue.UtcTicks
            || !int.TryParse(idText, NumberStyles.None, CultureInfo.InvariantCulture, out id))
        {
            return false;
        }

        at = new DateTimeOffset(utcTicks, TimeSpan.Zero);
        return true;
    }
}
