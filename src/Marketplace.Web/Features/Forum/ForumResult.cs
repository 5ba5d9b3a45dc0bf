using Marketplace.Web.Features.Catalog;

namespace Marketplace.Web.Features.Forum;

/// <summary>How a forum request ended; pages and the API turn each into their own answer (404, 403, a form with messages...).</summary>
public enum ForumStatus
{
    Done,
    NotFound,

    /// <summary>Signed out where the board asks for a member: the page sends to sign-in.</summary>
    SignInRequired,
    Forbidden,

    /// <summary>The thread is locked: nobody but a moderator writes in it.</summary>
    Locked,
    Invalid,

    /// <summary>The writer is suspended by a moderator: the page says until when and why.</summary>
    Suspended,
}

public sealed record ForumResult<T>(ForumStatus Status, T? Value, IReadOnlyList<FieldError> Errors)
    where T : class
{
    public static ForumResult<T> Done(T value) => new(ForumStatus.Done, value, []);

    public static ForumResult<T> Invalid(IReadOnlyList<FieldError> errors) => new(ForumStatus.Invalid, null, errors);

    public static ForumResult<T> Refused(ForumStatus status) => new(status, null, []);
}

/// <summary>A thread with its board, as the thread page and the API read it.</summary>
public sealed record ThreadView(ForumThread Thread, Board Board);

/// <summary>A thread in a board's list, with whether the signed-in reader has posts in it they have not seen.</summary>
public sealed record ThreadRow(ForumThread Thread, bool Unread);

/// <summary>One page of a board: its pinned threads (first page only) and the others, with the cursor of the next page.</summary>
public sealed record ThreadPage(IReadOnlyList<ThreadRow> Pinned, IReadOnlyList<ThreadRow> Threads, string? Next);

/// <summary>
/// One page of a thread's posts, the handles they mention with their links, and the number the reader had seen
/// before this visit (0 for a first visit or a signed-out reader).
/// </summary>
public sealed record PostPage(int Page, int PageCount, IReadOnlyList<Post> Posts, IReadOnlyDictionary<string, string> MentionLinks);
