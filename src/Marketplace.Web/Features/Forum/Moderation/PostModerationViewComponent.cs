using Marketplace.Web.Features.Accounts;
using Microsoft.AspNetCore.Mvc;

namespace Marketplace.Web.Features.Forum.Moderation;

/// <summary>What a post's moderation controls show: the flag form for members who may flag, hide or restore for moderators.</summary>
public sealed record PostModerationModel(Post Post, string PostUrl, bool CanFlag, bool IsModerator, bool CanSuspendAuthor);

/// <summary>
/// A post's moderation controls on the thread page, <c>&lt;vc:post-moderation post="post" thread="thread" /&gt;</c>: a
/// flag form in a disclosure (works without JavaScript) for signed-in members of a region, not on their own post; for
/// moderators, hide (with a reason) or restore, and a link to suspend the author.
/// </summary>
public sealed class PostModerationViewComponent : ViewComponent
{
    public IViewComponentResult Invoke(Post post, ForumThread thread)
    {
        var user = UserClaimsPrincipal;
        var moderator = ForumPermissions.IsModerator(user);
        // Moderators hide a post themselves rather than flag it.
        var canFlag = !moderator && FlagService.CanFlag(user, post);
        if (!canFlag && !moderator)
        {
            return Content("");
        }

        var model = new PostModerationModel(post, Quoting.PostUrl(thread.Id, thread.Title, post.Number), canFlag, moderator,
            moderator && post.AuthorId != user.UserId());
        return View("/Features/Forum/Moderation/_PostModeration.cshtml", model);
    }
}
