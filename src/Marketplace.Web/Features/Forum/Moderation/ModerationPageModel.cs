using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Localization;

namespace Marketplace.Web.Features.Forum.Moderation;

/// <summary>
/// What moderation's pages share: turning a <see cref="ModerationResult"/> into its answer (a message and a redirect, a
/// 403, sign-in or 404), and the moderators-only gate (members 403, anonymous visitors to sign-in).
/// </summary>
public abstract class ModerationPageModel(IStringLocalizer<ModerationText> text) : PageModel
{
    protected IStringLocalizer<ModerationText> Text { get; } = text;

    /// <summary>Null when the user is a moderator; otherwise the refusal.</summary>
    protected IActionResult? Gate() =>
        !ForumPermissions.IsSignedIn(User) ? Challenge()
        : !ForumPermissions.IsModerator(User) ? StatusCode(StatusCodes.Status403Forbidden)
        : null;

    /// <summary>
    /// Done: the message as status, conflict: as error, both then to the result's address (or <paramref name="back"/> when
    /// it is a local path); invalid: the first error as the error message (forms that show errors by their fields handle
    /// Invalid themselves).
    /// </summary>
    protected IActionResult Answer(ModerationResult result, string? back = null)
    {
        var target = back is not null && Url.IsLocalUrl(back) && back.StartsWith('/') ? back : result.Url ?? "/forum/moderasi";
        switch (result.Status)
        {
            case ModerationStatus.Done:
                TempData["Status"] = Text[result.Key!, result.Args].Value;
                return Redirect(target);
            case ModerationStatus.Conflict:
                TempData["Error"] = Text[result.Key!, result.Args].Value;
                return Redirect(target);
            case ModerationStatus.Invalid:
                TempData["Error"] = string.Join(" ", result.Errors.Select(e => Text[e.Key, e.Arguments].Value));
                return Redirect(target);
            case ModerationStatus.SignInRequired:
                return Challenge();
            case ModerationStatus.Forbidden:
                return StatusCode(StatusCodes.Status403Forbidden);
            default:
                return NotFound();
        }
    }

    /// <summary>The messages of a result's field errors, by field name.</summary>
    protected Dictionary<string, string> ErrorsByField(ModerationResult result) =>
        result.Errors.GroupBy(e => e.Field).ToDictionary(g => g.Key, g => Text[g.First().Key, g.First().Arguments].Value);
}
