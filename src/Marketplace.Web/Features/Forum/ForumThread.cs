namespace Marketplace.Web.Features.Forum;

/// <summary>
/// A conversation on a board. <see cref="PostCount"/> is also the <see cref="Post.Number"/> of its newest post, so a reply
/// takes the next number without counting, and paging by number needs no OFFSET.
/// </summary>
public sealed class ForumThread
{
    public int Id { get; set; }

    public int BoardId { get; set; }

    public required string Title { get; set; }

    public required string AuthorId { get; set; }

    public string AuthorName { get; set; } = "";

    public string AuthorRegionCode { get; set; } = "";

    public DateTimeOffset CreatedAt { get; set; }

    public DateTimeOffset LastPostAt { get; set; }

    /// <summary>Posts ever written, deleted ones included: the last number used.</summary>
    public int PostCount { get; set; }

    public bool IsPinned { get; set; }

    public bool IsLocked { get; set; }

    public DateTimeOffset? DeletedAt { get; set; }

    /// <summary>The post the thread starter or a moderator marked as the answer.</summary>
    public int? AnswerPostId { get; set; }

    public List<ThreadTag> Tags { get; set; } = [];
}

/// <summary>A lower-case tag on a thread ("satu-data"), one row each so threads can be found by tag.</summary>
public sealed class ThreadTag
{
    public int ThreadId { get; set; }

    public required string Tag { get; set; }
}

/// <summary>Where a signed-in user stopped reading a thread: the highest post number seen and when.</summary>
public sealed class ThreadRead
{
    public required string UserId { get; set; }

    public int ThreadId { get; set; }

    public int LastReadNumber { get; set; }

    public DateTimeOffset ReadAt { get; set; }
}
