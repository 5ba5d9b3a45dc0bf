using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Marketplace.Web.Features.Forum.Moderation;

/// <summary>
/// The answer to a suspended member who tries to write: 403 with a page that says until when and why (from
/// _SuspendedRefusal.cshtml, which reads the member's running suspension), instead of the bare status page.
/// </summary>
public static class SuspendedRefusal
{
    public const string View = "/Features/Forum/Moderation/_SuspendedRefusal.cshtml";

    public static IActionResult Result(PageModel page)
    {
        var result = page.Partial(View, null);
        result.StatusCode = StatusCodes.Status403Forbidden;
        return result;
    }
}
