using Marketplace.Web.Features.Catalog;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Localization;

namespace Marketplace.Web.Features.Forum;

/// <summary>What the forum's pages share: turning a refusal into its answer, and showing check errors beside their fields.</summary>
public abstract class ForumPageModel(IStringLocalizer<ForumText> text) : PageModel
{
    protected IStringLocalizer<ForumText> Text { get; } = text;

    /// <summary>
    /// Signed out where members are asked: sign-in; not allowed: 403 (answered as 403 with the site's status page, not a
    /// redirect, so a refused post is visibly refused); unknown: 404.
    /// </summary>
    protected IActionResult Refuse(ForumStatus status) => status switch
    {
        ForumStatus.SignInRequired => Challenge(),
        ForumStatus.Forbidden or ForumStatus.Locked => StatusCode(StatusCodes.Status403Forbidden),
        ForumStatus.Suspended => Moderation.SuspendedRefusal.Result(this),
        _ => NotFound(),
    };

    protected void Show(IEnumerable<FieldError> errors, string prefix = "Input")
    {
        foreach (var error in errors)
        {
            ModelState.AddModelError($"{prefix}.{error.Field}", Text[error.Key, error.Arguments].Value);
        }
    }

    /// <summary>Whether the form was sent with its "Pratinjau" button: render, do not save.</summary>
    protected bool IsPreview => Request.HasFormContentType && Request.Form.ContainsKey("pratinjau");
}
