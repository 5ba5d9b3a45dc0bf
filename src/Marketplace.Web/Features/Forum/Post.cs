namespace Marketplace.Web.Features.Forum;

/// <summary>
/// One message in a thread, numbered 1, 2, 3... inside it; (ThreadId, Number) is unique and indexed, so any page of a
/// thread is one index range read. Deleted and hidden posts keep their place (and number) and show a note instead.
/// </summary>
public sealed class Post
{
    public int Id { get; set; }

    public int ThreadId { get; set; }

    public int Number { get; set; }

    public required string AuthorId { get; set; }

    public string AuthorName { get; set; } = "";

    public string AuthorRegionCode { get; set; } = "";

    /// <summary>Markdown, rendered only through IMarkdownRenderer.</summary>
    public required string Body { get; set; }

    public int? ReplyToPostId { get; set; }

    public DateTimeOffset CreatedAt { get; set; }

    public DateTimeOffset? EditedAt { get; set; }

    public string? EditedByName { get; set; }

    public DateTimeOffset? DeletedAt { get; set; }

    public string? DeletedByName { get; set; }

    /// <summary>Set by moderation (a later feature); a hidden post is shown as hidden with its reason.</summary>
    public DateTimeOffset? HiddenAt { get; set; }

    public string? HiddenReason { get; set; }
}

/// <summary>The body a post had before an edit, with who replaced it and when.</summary>
public sealed class PostRevision
{
    public int Id { get; set; }

    public int PostId { get; set; }

    public required string Body { get; set; }

    public DateTimeOffset EditedAt { get; set; }

    public string EditedByName { get; set; } = "";
}

/// <summary>A user named with @handle in a post, so notifications can find the mentions of a user.</summary>
public sealed class PostMention
{
    public int PostId { get; set; }

    public required string UserId { get; set; }
}
