using System.ComponentModel;
using Marketplace.Web.Features.Catalog.Api;

namespace Marketplace.Web.Features.Forum.Api;

public sealed record BoardResponse(
    string Slug,
    string Name,
    string Description,
    [property: Description("pokja, umum or aplikasi.")] string Kind,
    [property: Description("public or members.")] string ReadAccess,
    [property: Description("members or pokja-members.")] string PostAccess,
    int ThreadCount,
    int PostCount,
    DateTimeOffset? LastPostAt)
{
    public static BoardResponse From(Board board) => new(
        board.Slug, board.Name, board.Description, ApiJson.Name(board.Kind), ApiJson.Name(board.ReadAccess), ApiJson.Name(board.PostAccess),
        board.ThreadCount, board.PostCount, board.LastPostAt);
}

public sealed record ThreadSummaryResponse(
    int Id,
    string Title,
    [property: Description("The thread's page, /forum/t/{id}/{slug}.")] string Url,
    string AuthorName,
    string AuthorRegionCode,
    DateTimeOffset CreatedAt,
    DateTimeOffset LastPostAt,
    int PostCount,
    bool IsPinned,
    bool IsLocked,
    int? AnswerPostId,
    IReadOnlyList<string> Tags)
{
    public static ThreadSummaryResponse From(ForumThread thread) => new(
        thread.Id, thread.Title, Quoting.ThreadUrl(thread.Id, thread.Title), thread.AuthorName, thread.AuthorRegionCode,
        thread.CreatedAt, thread.LastPostAt, thread.PostCount, thread.IsPinned, thread.IsLocked, thread.AnswerPostId,
        thread.Tags.Select(t => t.Tag).Order(StringComparer.Ordinal).ToList());
}

public sealed record ThreadListResponse(BoardResponse Board, IReadOnlyList<ThreadSummaryResponse> Threads, [property: Description("Pass as after for the next page; null on the last.")] string? Next);

public sealed record PostResponse(
    int Id,
    [property: Description("1-based place in the thread.")] int Number,
    string? AuthorName,
    string? AuthorRegionCode,
    [property: Description("Markdown; null when the post was deleted or hidden.")] string? Body,
    int? ReplyToPostId,
    DateTimeOffset CreatedAt,
    DateTimeOffset? EditedAt,
    string? EditedByName,
    bool Deleted,
    bool Hidden)
{
    public static PostResponse From(Post post)
    {
        var gone = post.DeletedAt is not null || post.HiddenAt is not null;
        return new(post.Id, post.Number, post.AuthorName, post.AuthorRegionCode, gone ? null : post.Body, post.ReplyToPostId,
            post.CreatedAt, post.EditedAt, post.EditedByName, post.DeletedAt is not null, post.HiddenAt is not null);
    }
}

public sealed record ThreadResponse(ThreadSummaryResponse Thread, BoardResponse Board, int Page, int PageCount, IReadOnlyList<PostResponse> Posts)
{
    public static ThreadResponse From(ThreadView view, PostPage page) => new(
        ThreadSummaryResponse.From(view.Thread), BoardResponse.From(view.Board), page.Page, page.PageCount, page.Posts.Select(PostResponse.From).ToList());
}
