using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Marketplace.Web.Features.Forum;

/// <summary>
/// A board's threads: pinned first, then by latest activity, 30 to a page with a "next" cursor (?setelah=), and for a
/// signed-in reader a "new" badge on threads with posts they have not seen.
/// </summary>
public sealed class BoardModel(ForumService forum) : PageModel
{
    [BindProperty(SupportsGet = true)]
    public string BoardSlug { get; set; } = "";

    [BindProperty(SupportsGet = true, Name = "setelah")]
    public string? After { get; set; }

    public Board Board { get; private set; } = null!;

    public ThreadPage Threads { get; private set; } = null!;

    public bool CanPost { get; private set; }

    public async Task<IActionResult> OnGetAsync(CancellationToken cancellationToken)
    {
        var found = await forum.FindBoardAsync(User, BoardSlug, cancellationToken);
        if (found.Value is not { } board)
        {
            return found.Status == ForumStatus.SignInRequired ? Challenge() : NotFound();
        }

        Board = board;
        Threads = await forum.ListThreadsAsync(User, board, After, cancellationToken);
        CanPost = await forum.CanPostAsync(User, board, cancellationToken);
        return Page();
    }
}
