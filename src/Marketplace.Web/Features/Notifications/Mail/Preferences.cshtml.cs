using Marketplace.Web.Features.Accounts;
using Marketplace.Web.Features.Mail;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Localization;
using Microsoft.Extensions.Options;

namespace Marketplace.Web.Features.Notifications.Mail;

/// <summary>
/// The user's mail choice per kind (/notifikasi/pengaturan): one radio group per kind, named after the kind, with the
/// values Immediately, DailyDigest or Off. A post with an unknown kind or value saves nothing and says which.
/// </summary>
[Authorize]
public sealed class PreferencesModel(NotificationPreferences preferences, IStringLocalizer<NotificationsText> text, IOptions<MailOptions> options) : PageModel
{
    public IReadOnlyDictionary<NotificationKind, MailDelivery> Choices { get; private set; } = new Dictionary<NotificationKind, MailDelivery>();

    public int DigestHour => options.Value.DigestHour;

    public async Task OnGetAsync(CancellationToken cancellationToken) =>
        Choices = await preferences.ForUserAsync(User.UserId()!, cancellationToken);

    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        var userId = User.UserId()!;
        var fields = Request.Form.Where(f => f.Key != "__RequestVerificationToken")
            .Select(f => (f.Key, Value: f.Value.Count == 1 ? f.Value[0] : null));
        var parsed = PreferenceInput.Parse(fields);
        if (parsed.Error is { } error)
        {
            ModelState.AddModelError("", error.Kind is { } kind ? text[error.Key, text["Kind." + kind]] : text[error.Key, error.Name]);
            Choices = await preferences.ForUserAsync(userId, cancellationToken);
            Response.StatusCode = StatusCodes.Status400BadRequest;
            return Page();
        }

        await preferences.SetAsync(userId, parsed.Choices, cancellationToken);
        TempData["Status"] = text["Preferences.Saved"].Value;
        return RedirectToPage();
    }
}
