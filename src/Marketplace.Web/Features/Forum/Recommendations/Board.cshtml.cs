using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Marketplace.Web.Features.Forum.Recommendations;

/// <summary>A pokja board's recommendations: endorsed first, then under review, then drafts (for its members and Kurator), withdrawn last.</summary>
public sealed class BoardRecommendationsModel(ForumService forum, RecommendationService recommendations) : PageModel
{
    [BindProperty(SupportsGet = true)]
    public string BoardSlug { get; set; } = "";

    public Board Board { get; private set; } = null!;

    public IReadOnlyList<Recommendation> Recommendations { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync(CancellationToken cancellationToken)
    {
        var found = await forum.FindBoardAsync(User, BoardSlug, cancellationToken);
        if (found.Value is not { } board)
        {
            return found.Status == ForumStatus.SignInRequired ? Challenge() : NotFound();
        }

        if (board.Kind != BoardKind.Pokja)
        {
            return NotFound();
        }

        Board = board;
        Recommendations = await recommendations.ListForBoardAsync(User, board, cancellationToken);
        return Page();
    }
}
