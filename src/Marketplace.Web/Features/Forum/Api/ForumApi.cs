using System.ComponentModel;
using System.Security.Claims;
using Marketplace.Web.Features.Accounts.Tokens;
using Marketplace.Web.Features.Catalog.Api;
using Microsoft.AspNetCore.Http.HttpResults;

namespace Marketplace.Web.Features.Forum.Api;

/// <summary>
/// The forum's read API, with the pages' read rights: public boards for everyone, members-only boards for a signed-in
/// caller (cookie or personal access token); anyone else gets 403 problem+json, an unknown board or thread 404.
/// </summary>
public static class ForumApi
{
    public static IEndpointRouteBuilder MapForumApi(this IEndpointRouteBuilder app)
    {
        var api = app.MapGroup("/api/v1/forum").WithTags("Forum").RequireAuthorization(TokenAuthentication.ApiPolicy);

        api.MapGet("/boards", ListBoardsAsync)
            .WithName("ListForumBoards")
            .WithSummary("Lists the boards the caller may read: pokja and general boards, then application boards with threads");

        api.MapGet("/boards/{slug}/threads", ListThreadsAsync)
            .WithName("ListForumThreads")
            .WithSummary("Lists a board's threads: pinned first, then newest activity; pass next as after for the following page")
            .ProducesProblem(StatusCodes.Status403Forbidden)
            .ProducesProblem(StatusCodes.Status404NotFound);

        api.MapGet("/threads/{id:int}", GetThreadAsync)
            .WithName("GetForumThread")
            .WithSummary("Gets a thread with one page of its posts (page n holds posts numbered 20·(n-1)+1 to 20·n)")
            .ProducesProblem(StatusCodes.Status403Forbidden)
            .ProducesProblem(StatusCodes.Status404NotFound);
        return app;
    }

    internal static async Task<Ok<List<BoardResponse>>> ListBoardsAsync(ClaimsPrincipal user, ForumService forum, CancellationToken cancellationToken) =>
        TypedResults.Ok((await forum.ListBoardsAsync(user, cancellationToken)).Select(BoardResponse.From).ToList());

    internal static async Task<Results<Ok<ThreadListResponse>, ProblemHttpResult>> ListThreadsAsync(
        [Description("The board's address, for example \"umum\".")] string slug,
        [Description("The next value of the previous page.")] string? after,
        ClaimsPrincipal user,
        ForumService forum,
        CancellationToken cancellationToken)
    {
        var found = await forum.FindBoardAsync(user, slug, cancellationToken);
        if (found.Value is not { } board)
        {
            return Refused(found.Status, $"No board \"{slug}\".");
        }

        var page = await forum.ListThreadsAsync(user, board, after, cancellationToken);
        return TypedResults.Ok(new ThreadListResponse(
            BoardResponse.From(board),
            page.Pinned.Concat(page.Threads).Select(r => ThreadSummaryResponse.From(r.Thread)).ToList(),
            page.Next));
    }

    internal static async Task<Results<Ok<ThreadResponse>, ProblemHttpResult>> GetThreadAsync(
        int id,
        [Description("The page of posts, from 1.")] int? page,
        ClaimsPrincipal user,
        ForumService forum,
        CancellationToken cancellationToken)
    {
        var found = await forum.FindThreadAsync(user, id, cancellationToken);
        if (found.Value is not { } view)
        {
            return Refused(found.Status, $"No thread {id}.");
        }

        var posts = await forum.PostsAsync(view.Thread, page ?? 1, cancellationToken);
        return TypedResults.Ok(ThreadResponse.From(view, posts));
    }

    private static ProblemHttpResult Refused(ForumStatus status, string notFound) => status == ForumStatus.NotFound
        ? TypedResults.Problem(statusCode: StatusCodes.Status404NotFound, detail: notFound)
        : TypedResults.Problem(statusCode: StatusCodes.Status403Forbidden, detail: "This board is for members: sign in or send a personal access token.");
}
