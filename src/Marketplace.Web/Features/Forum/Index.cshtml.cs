using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Marketplace.Web.Features.Forum;

/// <summary>The forum's front page: the boards the visitor may read, with their counts and last activity.</summary>
public sealed class IndexModel(ForumService forum) : PageModel
{
    public IReadOnlyList<Board> Boards { get; private set; } = [];

    public async Task OnGetAsync(CancellationToken cancellationToken) => Boards = await forum.ListBoardsAsync(User, cancellationToken);
}
