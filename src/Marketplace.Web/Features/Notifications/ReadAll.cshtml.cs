using Marketplace.Web.Features.Adoptions;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Localization;
using Marketplace.Web.Features.Accounts;

namespace Marketplace.Web.Features.Notifications;

/// <summary>"Tandai semua sudah dibaca": marks every unread notification of the user read, then back to the list.</summary>
[Authorize]
public sealed class ReadAllModel(NotificationService notifications, IStringLocalizer<NotificationsText> text) : PageModel
{
    public IActionResult OnGet() => NotFound();

    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        var count = await notifications.MarkAllReadAsync(User.UserId()!, cancellationToken);
        TempData["Status"] = text["Index.AllRead", count].Value;
        return Redirect("/notifikasi");
    }
}
