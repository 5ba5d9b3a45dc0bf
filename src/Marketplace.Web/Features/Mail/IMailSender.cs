namespace Marketplace.Web.Features.Mail;

/// <summary>
/// One message to one person, already rendered in the recipient's language. <paramref name="MessageId"/> is fixed when
/// the message is queued, so every attempt carries the same Message-ID; <paramref name="UnsubscribeUrl"/> becomes the
/// List-Unsubscribe header (with List-Unsubscribe-Post for one click); <paramref name="Culture"/> the Content-Language.
/// </summary>
public sealed record OutgoingMail(
    string ToAddress,
    string ToName,
    string Subject,
    string TextBody,
    string HtmlBody,
    string? MessageId = null,
    string? UnsubscribeUrl = null,
    string? Culture = null);

/// <summary>
/// Delivers one message: the transport under the outbox. The embedded default writes .eml files to a pickup folder; with
/// <c>Mail:Provider</c> = <c>Smtp</c> MailKit hands it to an SMTP server. Only the outbox's sender calls this; everything
/// else queues through <see cref="IMailOutbox"/>. Throws when the message was not delivered.
/// </summary>
public interface IMailSender
{
    Task SendAsync(OutgoingMail mail, CancellationToken cancellationToken);
}
