using Microsoft.AspNetCore.Mvc;

namespace Marketplace.Web.Features.Forum.Recommendations;

/// <summary>
/// On a pokja thread's page: the recommendations made from it, and "Susun rekomendasi" for those who may write one.
/// Rendered by one line in Features/Forum/Thread.cshtml; other boards get nothing.
/// </summary>
public sealed class RecommendationThreadLinkViewComponent(RecommendationService recommendations) : ViewComponent
{
    public async Task<IViewComponentResult> InvokeAsync(ThreadView view)
    {
        if (view.Board.Kind != BoardKind.Pokja)
        {
            return Content("");
        }

        var cancellationToken = HttpContext.RequestAborted;
        var actor = await recommendations.ActorAsync(UserClaimsPrincipal, view.Board, cancellationToken);
        var canCreate = RecommendationRules.Decide(RecommendationAction.Create, null, actor, view.Board.Kind).IsAllowed;
        var made = await recommendations.ForThreadAsync(UserClaimsPrincipal, view.Board, view.Thread.Id, cancellationToken);
        return made.Count == 0 && !canCreate
            ? Content("")
            : View("/Features/Forum/Recommendations/_ThreadLink.cshtml", new ThreadRecommendations(view.Thread.Id, made, canCreate));
    }
}

/// <summary>On a pokja board's page: its endorsed and under-review recommendations, by one line in Features/Forum/Board.cshtml.</summary>
public sealed class BoardRecommendationsViewComponent(RecommendationService recommendations) : ViewComponent
{
    public async Task<IViewComponentResult> InvokeAsync(Board board)
    {
        if (board.Kind != BoardKind.Pokja)
        {
            return Content("");
        }

        var shown = await recommendations.ListForBoardAsync(UserClaimsPrincipal, board, HttpContext.RequestAborted, RecommendationState.Disahkan, RecommendationState.Ditinjau);
        return View("/Features/Forum/Recommendations/_BoardRecommendations.cshtml", new BoardRecommendations(board, shown));
    }
}

/// <summary>What the thread's panel shows: the recommendations made from it and whether the reader may draft one.</summary>
public sealed record ThreadRecommendations(int ThreadId, IReadOnlyList<Recommendation> Made, bool CanCreate);

/// <summary>What the pokja board's panel shows: its endorsed and under-review recommendations.</summary>
public sealed record BoardRecommendations(Board Board, IReadOnlyList<Recommendation> Shown);
