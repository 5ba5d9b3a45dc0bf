using Marketplace.Web.Features.Adoptions;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Marketplace.Web.Features.Accounts;

namespace Marketplace.Web.Features.Notifications;

/// <summary>
/// Opens a notification: marks it read and goes where it leads. Only by POST (with the antiforgery token), so that a
/// link or a prefetch never marks anything; someone else's notification is NotFound, as if it did not exist.
/// </summary>
[Authorize]
public sealed class ReadModel(NotificationService notifications) : PageModel
{
    public IActionResult OnGet() => NotFound();

    public async Task<IActionResult> OnPostAsync(long id, CancellationToken cancellationToken)
    {
        var notification = await notifications.MarkReadAsync(User.UserId()!, id, cancellationToken);
        if (notification is null)
        {
            return NotFound();
        }

        return LocalRedirect(NotificationRules.IsLocalUrl(notification.Url) ? notification.Url : "/notifikasi");
    }
}
