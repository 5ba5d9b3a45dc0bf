using Marketplace.Web.Data;
using Microsoft.AspNetCore.Antiforgery;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace Marketplace.Web.Features.Notifications.Mail;

/// <summary>
/// The unsubscribe link of a notification mail (/surat/berhenti/{token}): GET says what will be turned off, the form's
/// POST turns it off. A mail client's RFC 8058 one-click POST (body exactly <c>List-Unsubscribe=One-Click</c>) works
/// without an antiforgery token: the signed token is the authentication, it names one user and one kind, and it can only
/// turn mail off; a forged page cannot make one. Every other POST must carry the antiforgery token. A token that does not
/// verify answers 400 and changes nothing.
/// </summary>
[AllowAnonymous]
[IgnoreAntiforgeryToken]
public sealed class UnsubscribeModel(UnsubscribeTokens tokens, NotificationPreferences preferences, MarketplaceDbContext db, IAntiforgery antiforgery) : PageModel
{
    public UnsubscribeScope? Scope { get; private set; }

    public bool Done { get; private set; }

    public async Task<IActionResult> OnGetAsync(string token, CancellationToken cancellationToken) =>
        await ReadAsync(token, cancellationToken) ? Page() : Invalid();

    public async Task<IActionResult> OnPostAsync(string token, CancellationToken cancellationToken)
    {
        // Checked here, not by the page filter, so that the one-click body alone may go without it.
        if (!IsOneClick() && !(Request.HasFormContentType && Request.Form.ContainsKey("__RequestVerificationToken")
                && await antiforgery.IsRequestValidAsync(HttpContext)))
        {
            return BadRequest();
        }

        if (!await ReadAsync(token, cancellationToken))
        {
            return Invalid();
        }

        var kinds = Scope!.Kind is { } kind ? [kind] : await DigestKindsAsync(Scope.UserId, cancellationToken);
        await preferences.TurnOffAsync(Scope.UserId, kinds, cancellationToken);
        Done = true;
        return Page();
    }

    /// <summary>RFC 8058: a form body of exactly one field, List-Unsubscribe, with the value One-Click.</summary>
    private bool IsOneClick() =>
        Request.HasFormContentType && Request.Form is { Count: 1 } form && form.Files.Count == 0
        && form.TryGetValue("List-Unsubscribe", out var value) && value.Count == 1 && value[0] == "One-Click";

    private async Task<bool> ReadAsync(string token, CancellationToken cancellationToken)
    {
        if (!tokens.TryRead(token, out var scope) || !await db.Users.AnyAsync(u => u.Id == scope.UserId, cancellationToken))
        {
            return false;
        }

        Scope = scope;
        return true;
    }

    /// <summary>The digest's link turns off every kind the user gets in the digest.</summary>
    private async Task<IReadOnlyList<NotificationKind>> DigestKindsAsync(string userId, CancellationToken cancellationToken) =>
        [.. (await preferences.ForUserAsync(userId, cancellationToken)).Where(c => c.Value == MailDelivery.DailyDigest && NotificationPreferences.IsChoosable(c.Key)).Select(c => c.Key)];

    private PageResult Invalid()
    {
        Response.StatusCode = StatusCodes.Status400BadRequest;
        Scope = null;
        return Page();
    }
}
