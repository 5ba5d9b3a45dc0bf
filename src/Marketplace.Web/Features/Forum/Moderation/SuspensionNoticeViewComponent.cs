using Marketplace.Web.Features.Accounts;
using Microsoft.AspNetCore.Mvc;

namespace Marketplace.Web.Features.Forum.Moderation;

/// <summary>
/// Where a page would say "you may not post here", <c>&lt;vc:suspension-notice fallback="..." /&gt;</c> says instead, for a
/// suspended member, until when and why; for anyone else it shows the fallback sentence.
/// </summary>
public sealed class SuspensionNoticeViewComponent(ForumSuspensions suspensions) : ViewComponent
{
    public async Task<IViewComponentResult> InvokeAsync(string fallback)
    {
        var suspension = UserClaimsPrincipal.UserId() is { } userId ? await suspensions.ActiveAsync(userId, HttpContext.RequestAborted) : null;
        return suspension is null
            ? View("/Features/Forum/Moderation/_Fallback.cshtml", fallback)
            : View("/Features/Forum/Moderation/_SuspensionNotice.cshtml", suspension);
    }
}
