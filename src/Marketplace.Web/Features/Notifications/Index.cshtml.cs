using Marketplace.Web.Features.Adoptions;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Localization;
using Marketplace.Web.Features.Accounts;

namespace Marketplace.Web.Features.Notifications;

/// <summary>
/// The signed-in user's notifications, newest first, a page at a time (keyset on the id: <c>?sebelum=</c>), optionally
/// only the unread ones (<c>?belum=1</c>). Opening one is a POST that marks it read, then goes to its address.
/// </summary>
[Authorize]
public sealed class IndexModel(NotificationService notifications, IStringLocalizer<NotificationsText> text) : PageModel
{
    public const int PageSize = 20;

    [BindProperty(SupportsGet = true, Name = "sebelum")]
    public long? Before { get; set; }

    [BindProperty(SupportsGet = true, Name = "belum")]
    public bool UnreadOnly { get; set; }

    public IReadOnlyList<NotificationView> Items { get; private set; } = [];

    public long? Next { get; private set; }

    public int Unread { get; private set; }

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        var userId = User.UserId()!;
        var page = await notifications.ListAsync(userId, UnreadOnly, Before, PageSize, cancellationToken);
        Items = [.. page.Items.Select(n => NotificationView.From(n, text))];
        Next = page.Next;
        Unread = await notifications.UnreadCountAsync(userId, cancellationToken);
    }

    /// <summary>The address of the next page, keeping the filter.</summary>
    public string NextUrl(long next) => UnreadOnly ? $"/notifikasi?belum=true&sebelum={next}" : $"/notifikasi?sebelum={next}";
}
