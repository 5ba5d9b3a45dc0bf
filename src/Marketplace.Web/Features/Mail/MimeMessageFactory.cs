using MimeKit;

namespace Marketplace.Web.Features.Mail;

/// <summary>
/// Builds the MIME message both transports send: From, To, Subject, Date, a fixed Message-ID, Content-Language, a
/// text and an HTML part, "Auto-Submitted: auto-generated" (so auto-responders stay quiet), and for notifications the
/// List-Unsubscribe and List-Unsubscribe-Post (RFC 8058 one-click) headers. Header values are checked again here: a
/// CR or LF never reaches a header, whoever built the message.
/// </summary>
public static class MimeMessageFactory
{
    public static MimeMessage Build(OutgoingMail mail, MailOptions options, DateTimeOffset date)
    {
        MailRules.CheckHeader(mail.ToAddress, "recipient address");
        MailRules.CheckHeader(mail.ToName, "recipient name");
        MailRules.CheckHeader(mail.Subject, "subject");
        MailRules.CheckHeader(mail.UnsubscribeUrl, "unsubscribe address");
        MailRules.CheckHeader(mail.MessageId, "message id");

        var message = new MimeMessage { Subject = mail.Subject, Date = date };
        message.From.Add(new MailboxAddress(options.FromName, options.FromAddress));
        message.To.Add(new MailboxAddress(mail.ToName, mail.ToAddress));
        message.MessageId = mail.MessageId ?? MimeKit.Utils.MimeUtils.GenerateMessageId(Domain(options.FromAddress));
        message.Headers.Add("Auto-Submitted", "auto-generated");
        if (mail.UnsubscribeUrl is { Length: > 0 } unsubscribe)
        {
            message.Headers.Add("List-Unsubscribe", $"<{unsubscribe}>");
            message.Headers.Add("List-Unsubscribe-Post", "List-Unsubscribe=One-Click");
        }

        message.Body = new BodyBuilder { TextBody = mail.TextBody, HtmlBody = mail.HtmlBody }.ToMessageBody();

        // A Content-* header belongs to the body entity in MIME (MimeKit moves it there anyway).
        if (mail.Culture is { Length: > 0 } culture)
        {
            message.Body.Headers.Add(HeaderId.ContentLanguage, culture);
        }

        return message;
    }

    /// <summary>The domain part of the sender's address, for Message-IDs.</summary>
    public static string Domain(string address)
    {
        var at = address.LastIndexOf('@');
        return at >= 0 && at < address.Length - 1 ? address[(at + 1)..] : "localhost";
    }
}
