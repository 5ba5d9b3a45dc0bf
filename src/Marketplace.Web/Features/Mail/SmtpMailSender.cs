using MailKit.Net.Smtp;
using MailKit.Security;
using Microsoft.Extensions.Options;

namespace Marketplace.Web.Features.Mail;

/// <summary>
/// Hands each message to the configured SMTP server with MailKit: a connection per batch of the sender's round would be
/// cheaper, but a connection per message keeps a failure to that message and the code simple at this volume. Throws
/// when the server did not accept the message; <see cref="SmtpFailure.IsPermanent"/> tells the sender whether to retry.
/// </summary>
internal sealed class SmtpMailSender(IOptions<MailOptions> options, TimeProvider clock, ILogger<SmtpMailSender> logger) : IMailSender
{
    public async Task SendAsync(OutgoingMail mail, CancellationToken cancellationToken)
    {
        var settings = options.Value;
        var smtp = settings.Smtp;
        var message = MimeMessageFactory.Build(mail, settings, clock.GetUtcNow());
        var host = smtp.Host ?? throw new InvalidOperationException("Mail:Smtp:Host is not set.");

        // MailKit's Timeout bounds each read and write; a server that answers slowly but keeps answering could hold one
        // message for many of them. The whole conversation gets the same bound, so that an attempt always ends within
        // TimeoutSeconds, well inside the sender's lease (MailRegistration checks LeaseDuration is longer).
        using var deadline = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        deadline.CancelAfter(TimeSpan.FromSeconds(smtp.TimeoutSeconds));
        using var client = new SmtpClient { Timeout = smtp.TimeoutSeconds * 1000 };
        try
        {
            await client.ConnectAsync(host, smtp.Port, Security(smtp.Security), deadline.Token);
            if (!string.IsNullOrEmpty(smtp.UserName))
            {
                await client.AuthenticateAsync(smtp.UserName, smtp.Password ?? "", deadline.Token);
            }

            await client.SendAsync(message, deadline.Token);
            await client.DisconnectAsync(quit: true, deadline.Token);
        }
        catch (OperationCanceledException) when (!cancellationToken.IsCancellationRequested)
        {
            throw new TimeoutException($"The SMTP server {host}:{smtp.Port} did not finish the message within {smtp.TimeoutSeconds} s.");
        }

        logger.LogInformation("Mail {MessageId} to {Recipient} accepted by {Host}", message.MessageId, mail.ToAddress, smtp.Host);
    }

    internal static SecureSocketOptions Security(SmtpSecurity security) => security switch
    {
        SmtpSecurity.None => SecureSocketOptions.None,
        SmtpSecurity.SslOnConnect => SecureSocketOptions.SslOnConnect,
        SmtpSecurity.StartTls => SecureSocketOptions.StartTls,
        _ => SecureSocketOptions.Auto,
    };
}

/// <summary>Sorts a delivery failure: retry it later, or give up now.</summary>
public static class SmtpFailure
{
    /// <summary>
    /// A 5xx answer about this message or its recipient (mailbox unknown, message refused) will not change by trying
    /// again; a refused connection, a timeout, a 4xx or an authentication failure (a setting an administrator fixes) may.
    /// </summary>
    public static bool IsPermanent(Exception exception) => exception switch
    {
        SmtpCommandException command => (int)command.StatusCode >= 500
            && command.ErrorCode is SmtpErrorCode.RecipientNotAccepted or SmtpErrorCode.MessageNotAccepted,
        MailHeaderException => true,
        _ => false,
    };
}
