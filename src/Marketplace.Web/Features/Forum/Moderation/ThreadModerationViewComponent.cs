using Microsoft.AspNetCore.Mvc;

namespace Marketplace.Web.Features.Forum.Moderation;

/// <summary>The thread moderation forms: the thread, its board, the boards to move to and a refused move's message.</summary>
public sealed record ThreadModerationModel(ForumThread Thread, Board Board, IReadOnlyList<Board> Boards, string? BoardSlug, string? BoardError);

/// <summary>
/// A moderator's thread controls on the thread page, <c>&lt;vc:thread-moderation view="Model.View" /&gt;</c>: move to
/// another board, delete or restore. They post to /forum/moderasi/topik/{id}. Shows nothing to anyone else.
/// </summary>
public sealed class ThreadModerationViewComponent(ModerationService moderation) : ViewComponent
{
    public async Task<IViewComponentResult> InvokeAsync(ThreadView view)
    {
        if (!ForumPermissions.IsModerator(UserClaimsPrincipal))
        {
            return Content("");
        }

        var boards = await moderation.BoardsAsync(HttpContext.RequestAborted);
        return View("/Features/Forum/Moderation/_ThreadModeration.cshtml", new ThreadModerationModel(view.Thread, view.Board, boards, null, null));
    }
}
