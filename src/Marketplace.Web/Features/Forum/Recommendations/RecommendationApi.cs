using System.ComponentModel;
using System.Security.Claims;
using Marketplace.Web.Features.Accounts.Tokens;
using Marketplace.Web.Features.Catalog.Api;
using Marketplace.Web.Features.Forum.Api;
using Microsoft.AspNetCore.Http.HttpResults;

namespace Marketplace.Web.Features.Forum.Recommendations;

/// <summary>
/// The recommendations' read API with the pages' rights: a board's recommendations (drafts only for its pokja and
/// Kurator), and one recommendation with its current text and versions. Unknown and unreadable both answer 404
/// problem+json, so the API does not tell which recommendations exist on a board the caller cannot read.
/// </summary>
public static class RecommendationApi
{
    public static IEndpointRouteBuilder MapRecommendationApi(this IEndpointRouteBuilder app)
    {
        var api = app.MapGroup("/api/v1/forum/recommendations").WithTags("Forum").RequireAuthorization(TokenAuthentication.ApiPolicy);

        api.MapGet("/", ListAsync)
            .WithName("ListForumRecommendations")
            .WithSummary("Lists a pokja board's recommendations the caller may read: endorsed first, then under review, then drafts (pokja members and Kurator only)")
            .ProducesProblem(StatusCodes.Status404NotFound);

        api.MapGet("/{id:int}", GetAsync)
            .WithName("GetForumRecommendation")
            .WithSummary("Gets a recommendation with its current version's Markdown body, its state and its versions")
            .ProducesProblem(StatusCodes.Status404NotFound);
        return app;
    }

    internal static async Task<Results<Ok<RecommendationListResponse>, ProblemHttpResult>> ListAsync(
        [Description("The pokja board's address, for example \"pokja-kebijakan\".")] string? board,
        ClaimsPrincipal user,
        ForumService forum,
        RecommendationService recommendations,
        CancellationToken cancellationToken)
    {
        if (string.IsNullOrWhiteSpace(board))
        {
            return TypedResults.Problem(statusCode: StatusCodes.Status400BadRequest, detail: "Name the board: ?board={slug}.");
        }

        var found = await forum.FindBoardAsync(user, board, cancellationToken);
        if (found.Value is not { } readable)
        {
            return TypedResults.Problem(statusCode: StatusCodes.Status404NotFound, detail: $"No board \"{board}\" you may read.");
        }

        var rows = await recommendations.ListForBoardAsync(user, readable, cancellationToken);
        return TypedResults.Ok(new RecommendationListResponse(BoardResponse.From(readable), rows.Select(r => RecommendationSummaryResponse.From(r, readable)).ToList()));
    }

    internal static async Task<Results<Ok<RecommendationResponse>, ProblemHttpResult>> GetAsync(
        int id, ClaimsPrincipal user, RecommendationService recommendations, CancellationToken cancellationToken)
    {
        var found = await recommendations.FindAsync(user, id, null, cancellationToken);
        return found.Value is { } view
            ? TypedResults.Ok(RecommendationResponse.From(view))
            : TypedResults.Problem(statusCode: StatusCodes.Status404NotFound, detail: $"No recommendation {id} you may read.");
    }
}

/// <summary>A recommendation in a list: enough to link it and show its state without its text.</summary>
public sealed record RecommendationSummaryResponse(
    int Id,
    string Title,
    [property: Description("The recommendation's page, /forum/rekomendasi/{id}/{slug}.")] string Url,
    [property: Description("draf, ditinjau, disahkan or ditarik.")] string State,
    string Board,
    int SourceThreadId,
    int CurrentVersion,
    string CreatedByName,
    DateTimeOffset CreatedAt,
    DateTimeOffset UpdatedAt,
    string? EndorsedByName,
    DateTimeOffset? EndorsedAt)
{
    public static RecommendationSummaryResponse From(Recommendation r, Board board) => new(
        r.Id, r.Title, RecommendationService.Url(r.Id, r.Title), ApiJson.Name(r.State), board.Slug, r.SourceThreadId, r.CurrentVersion,
        r.CreatedByName, r.CreatedAt, r.UpdatedAt, r.EndorsedByName, r.EndorsedAt);
}

/// <summary>A pokja board's recommendations the caller may read, in the board page's order.</summary>
public sealed record RecommendationListResponse(BoardResponse Board, IReadOnlyList<RecommendationSummaryResponse> Recommendations);

/// <summary>One saved version, without its text (read an old version's text on its page, ?versi=n).</summary>
public sealed record RecommendationVersionResponse(int Number, string Title, string? ChangeNote, string AuthorName, DateTimeOffset CreatedAt);

/// <summary>One recommendation: its current text as Markdown, the verdicts on that version, and every version.</summary>
public sealed record RecommendationResponse(
    RecommendationSummaryResponse Recommendation,
    [property: Description("The current version's Markdown.")] string Body,
    [property: Description("Verdicts on the current version: setuju and perlu-perbaikan counts.")] IReadOnlyDictionary<string, int> Reviews,
    [property: Description("Newest first.")] IReadOnlyList<RecommendationVersionResponse> Versions)
{
    public static RecommendationResponse From(RecommendationView view) => new(
        RecommendationSummaryResponse.From(view.Recommendation, view.Board),
        view.Shown.Body,
        Enum.GetValues<ReviewVerdict>().ToDictionary(v => ApiJson.Name(v), v => view.Reviews.Count(r => r.Verdict == v)),
        view.Versions.Select(v => new RecommendationVersionResponse(v.Number, v.Title, v.ChangeNote, v.AuthorName, v.CreatedAt)).ToList());
}
