using Marketplace.Web.Features.Adoptions;
using Microsoft.AspNetCore.Mvc;
using Marketplace.Web.Features.Accounts;

namespace Marketplace.Web.Features.Notifications;

/// <summary>
/// The header link to /notifikasi with the unread count in words ("Notifikasi (3 belum dibaca)"), for signed-in users:
/// one COUNT on the (UserId, ReadAt) index per page view.
/// </summary>
public sealed class NotificationCountViewComponent(NotificationService notifications) : ViewComponent
{
    public const string ViewPath = "/Features/Notifications/_NotificationCount.cshtml";

    public async Task<IViewComponentResult> InvokeAsync()
    {
        if (UserClaimsPrincipal.Identity?.IsAuthenticated != true || UserClaimsPrincipal.UserId() is not { } userId)
        {
            return Content("");
        }

        return View(ViewPath, await notifications.UnreadCountAsync(userId, HttpContext.RequestAborted));
    }
}
