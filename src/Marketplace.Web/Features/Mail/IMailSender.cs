namespace Marketplace.Web.Features.Mail;

/// <summary>One message to one person, already rendered in the recipient's language.</summary>
public sealed record OutgoingMail(string ToAddress, string ToName, string Subject, string TextBody, string HtmlBody);

/// <summary>Delivers mail. The embedded default writes .eml files to a pickup folder; SMTP comes with the notifications feature.</summary>
public interface IMailSender
{
    Task SendAsync(OutgoingMail mail, CancellationToken cancellationToken);
}
