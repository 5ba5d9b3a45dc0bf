using System.Text.Encodings.Web;
using Marketplace.Web.Features.Mail;
using Microsoft.Extensions.Localization;

namespace Marketplace.Web.Features.Accounts;

/// <summary>
/// The account messages (confirmation, approval, password reset), each in the recipient's language, queued in the mail
/// outbox (kind "Account": always sent, no unsubscribe link). Past the per-user limit a message is dropped, not queued:
/// that is what keeps someone from sending a hundred password resets to a victim's address.
/// </summary>
public sealed class AccountMail(IMailOutbox outbox, IStringLocalizer<AccountsText> text, ILogger<AccountMail> logger)
{
    public Task SendConfirmationAsync(ApplicationUser user, string link, CancellationToken cancellationToken) =>
        SendAsync(user, "confirm", "Mail.Confirm", link, cancellationToken, user.FullName);

    public Task SendAlreadyRegisteredAsync(ApplicationUser user, string loginLink, CancellationToken cancellationToken) =>
        SendAsync(user, "already-registered", "Mail.AlreadyRegistered", loginLink, cancellationToken, user.FullName);

    public Task SendPendingApprovalAsync(ApplicationUser admin, ApplicationUser member, string regionName, string link, CancellationToken cancellationToken) =>
        SendAsync(admin, "pending-approval", "Mail.PendingApproval", link, cancellationToken, admin.FullName, member.FullName, member.Email ?? "", regionName);

    public Task SendApprovedAsync(ApplicationUser user, string loginLink, CancellationToken cancellationToken) =>
        SendAsync(user, "approved", "Mail.Approved", loginLink, cancellationToken, user.FullName);

    public Task SendDeclinedAsync(ApplicationUser user, string reason, string link, CancellationToken cancellationToken) =>
        SendAsync(user, "declined", "Mail.Declined", link, cancellationToken, user.FullName, reason);

    public Task SendPasswordResetAsync(ApplicationUser user, string link, CancellationToken cancellationToken) =>
        SendAsync(user, "reset", "Mail.Reset", link, cancellationToken, user.FullName);

    private async Task SendAsync(ApplicationUser to, string name, string key, string link, CancellationToken cancellationToken, params object[] values)
    {
        var draft = MailCulture.Run(to.PreferredCulture, () => Render(to, name, key, link, values));
        if (await outbox.EnqueueAsync(draft, cancellationToken) == EnqueueResult.OverLimit)
        {
            // Someone asks for many messages to one address (password resets, for one): worth an administrator's look.
            logger.LogWarning("Account mail {Kind} to {UserId} dropped: the user reached the mail limit.", name, to.Id);
        }
    }

    private MailDraft Render(ApplicationUser to, string name, string key, string link, object[] values)
    {
        var culture = MailCulture.Of(to.PreferredCulture);
        var subject = text[key + ".Subject"].Value;
        var body = text[key + ".Body", values].Value;
        var action = text[key + ".Action"].Value;
        var closing = text["Mail.Closing"].Value;
        var html = HtmlEncoder.Default;
        return new MailDraft(
            $"account:{name}:{Guid.NewGuid():N}",
            to.Id,
            to.Email ?? throw new InvalidOperationException("The user has no e-mail address."),
            to.FullName,
            culture,
            "Account",
            subject,
            $"{body}\n\n{action}: {link}\n\n{closing}\n",
            $"<!DOCTYPE html><html lang=\"{culture}\"><body><p>{html.Encode(body).Replace("\n", "<br>", StringComparison.Ordinal)}</p>" +
            $"<p><a href=\"{html.Encode(link)}\">{html.Encode(action)}</a></p><p>{html.Encode(closing)}</p></body></html>");
    }
}
