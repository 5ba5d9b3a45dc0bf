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
public sealed partial class ForumService(
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
}
