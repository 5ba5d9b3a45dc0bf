using Marketplace.Web.Features.Adoptions;
using Microsoft.AspNetCore.Mvc;
using Marketplace.Web.Features.Accounts;

namespace Marketplace.Web.Features.Notifications;

/// <summary>What the toggle shows: the target, whether the user watches it, and where the form returns.</summary>
public sealed record WatchToggleModel(WatchTarget Kind, long TargetId, bool Watching, string ReturnUrl, string? Label);

/// <summary>
/// A watch / stop-watching button for any page: <c>&lt;vc:watch-toggle kind="App" target-id="app.Id" return-url="..." /&gt;</c>.
/// It posts to /notifikasi/pantau (no JavaScript needed) and shows nothing to anonymous visitors.
/// <paramref name="label"/> (optional) names the target for screen readers.
/// </summary>
public sealed class WatchToggleViewComponent(NotificationService notifications) : ViewComponent
{
    public const string ViewPath = "/Features/Notifications/_WatchToggle.cshtml";

    /// <param name="kind">Thread, Board or App (the name of a <see cref="WatchTarget"/>).</param>
    public async Task<IViewComponentResult> InvokeAsync(string kind, long targetId, string returnUrl, string? label = null)
    {
        if (!NotificationRules.TryWatchTarget(kind, out var target))
        {
            throw new ArgumentException($"\"{kind}\" is not something that can be watched.", nameof(kind));
        }

        if (UserClaimsPrincipal.Identity?.IsAuthenticated != true || UserClaimsPrincipal.UserId() is not { } userId)
        {
            return Content("");
        }

        var watching = await notifications.IsWatchingAsync(userId, target, targetId, HttpContext.RequestAborted);
        return View(ViewPath, new WatchToggleModel(target, targetId, watching, returnUrl, label));
    }
}
