using Marketplace.Web.Features.Adoptions;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Localization;
using Marketplace.Web.Features.Accounts;

namespace Marketplace.Web.Features.Notifications;

/// <summary>
/// The watch toggle's target (<see cref="WatchToggleViewComponent"/>): <c>Watch=true</c> starts watching, false stops;
/// both are idempotent. Only kinds with an <see cref="IWatchTargets"/> can be watched, and only what the user may read.
/// Goes back to the local <c>ReturnUrl</c>, or to the list of watched things.
/// </summary>
[Authorize]
public sealed class WatchModel(NotificationService notifications, IEnumerable<IWatchTargets> targets, IStringLocalizer<NotificationsText> text) : PageModel
{
    public IActionResult OnGet() => NotFound();

    public async Task<IActionResult> OnPostAsync(
        [FromForm] string? kind, [FromForm] long targetId, [FromForm] bool watch, [FromForm] string? returnUrl, CancellationToken cancellationToken)
    {
        if (!NotificationRules.TryWatchTarget(kind, out var target)
            || targets.FirstOrDefault(t => t.Kind == target) is not { } known)
        {
            return BadRequest();
        }

        var userId = User.UserId()!;
        if (watch)
        {
            if (!await known.CanWatchAsync(User, targetId, cancellationToken))
            {
                return NotFound();
            }

            await notifications.WatchAsync(userId, target, targetId, cancellationToken);
            TempData["Status"] = text["Watch.Started"].Value;
        }
        else
        {
            await notifications.UnwatchAsync(userId, target, targetId, cancellationToken);
            TempData["Status"] = text["Watch.Stopped"].Value;
        }

        return LocalRedirect(Url.IsLocalUrl(returnUrl) ? returnUrl : "/notifikasi/pantauan");
    }
}
