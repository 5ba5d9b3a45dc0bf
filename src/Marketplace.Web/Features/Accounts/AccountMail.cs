using System.Globalization;
using System.Text.Encodings.Web;
using Marketplace.Web.Features.Mail;
using Microsoft.Extensions.Localization;

namespace Marketplace.Web.Features.Accounts;

/// <summary>The account messages (confirmation, approval, password reset), each in the recipient's language.</summary>
public sealed class AccountMail(IMailSender sender, IStringLocalizer<AccountsText> text)
{
    public Task SendConfirmationAsync(ApplicationUser user, string link, CancellationToken cancellationToken) =>
        SendAsync(user, "Mail.Confirm", link, cancellationToken, user.FullName);

    public Task SendAlreadyRegisteredAsync(ApplicationUser user, string loginLink, CancellationToken cancellationToken) =>
        SendAsync(user, "Mail.AlreadyRegistered", loginLink, cancellationToken, user.FullName);

    public Task SendPendingApprovalAsync(ApplicationUser admin, ApplicationUser member, string regionName, string link, CancellationToken cancellationToken) =>
        SendAsync(admin, "Mail.PendingApproval", link, cancellationToken, admin.FullName, member.FullName, member.Email ?? "", regionName);

    public Task SendApprovedAsync(ApplicationUser user, string loginLink, CancellationToken cancellationToken) =>
        SendAsync(user, "Mail.Approved", loginLink, cancellationToken, user.FullName);

    public Task SendDeclinedAsync(ApplicationUser user, string reason, string link, CancellationToken cancellationToken) =>
        SendAsync(user, "Mail.Declined", link, cancellationToken, user.FullName, reason);

    public Task SendPasswordResetAsync(ApplicationUser user, string link, CancellationToken cancellationToken) =>
        SendAsync(user, "Mail.Reset", link, cancellationToken, user.FullName);

    private async Task SendAsync(ApplicationUser to, string key, string link, CancellationToken cancellationToken, params object[] values)
    {
        var previous = (CultureInfo.CurrentCulture, CultureInfo.CurrentUICulture);
        var culture = CultureInfo.GetCultureInfo(to.PreferredCulture is "en" ? "en" : "id");
        (CultureInfo.CurrentCulture, CultureInfo.CurrentUICulture) = (culture, culture);
        OutgoingMail mail;
        try
        {
            var subject = text[key + ".Subject"].Value;
            var body = text[key + ".Body", values].Value;
            var action = text[key + ".Action"].Value;
            var closing = text["Mail.Closing"].Value;
            var html = HtmlEncoder.Default;
            mail = new OutgoingMail(
                to.Email ?? throw new InvalidOperationException("The user has no e-mail address."),
                to.FullName,
                subject,
                $"{body}\n\n{action}: {link}\n\n{closing}\n",
                $"<!DOCTYPE html><html lang=\"{culture.Name}\"><body><p>{html.Encode(body).Replace("\n", "<br>", StringComparison.Ordinal)}</p>" +
                $"<p><a href=\"{html.Encode(link)}\">{html.Encode(action)}</a></p><p>{html.Encode(closing)}</p></body></html>");
        }
        finally
        {
            (CultureInfo.CurrentCulture, CultureInfo.CurrentUICulture) = previous;
        }

        await sender.SendAsync(mail, cancellationToken);
    }
}
