using System.Net.Sockets;
using MailKit.Net.Smtp;
using Marketplace.Web.Features.Mail;
using MimeKit;

namespace Marketplace.Tests.Mail;

/// <summary>Which delivery failures are retried and which fail a message at once (aiosmtpd cannot be made to refuse).</summary>
public sealed class SmtpFailureTests
{
    private static readonly MailboxAddress _recipient = new("Andi", "andi@singkawangkota.go.id");

    public static TheoryData<Exception> Permanent => new()
    {
        new SmtpCommandException(SmtpErrorCode.RecipientNotAccepted, SmtpStatusCode.MailboxUnavailable, _recipient, "550 5.1.1 no such user"),
        new SmtpCommandException(SmtpErrorCode.RecipientNotAccepted, SmtpStatusCode.MailboxNameNotAllowed, _recipient, "553 mailbox name not allowed"),
        new SmtpCommandException(SmtpErrorCode.MessageNotAccepted, SmtpStatusCode.TransactionFailed, "554 5.7.1 message refused as spam"),
        new SmtpCommandException(SmtpErrorCode.MessageNotAccepted, SmtpStatusCode.ExceededStorageAllocation, "552 message too big"),
        new MailHeaderException("subject"),
    };

    public static TheoryData<Exception> Temporary => new()
    {
        new SmtpCommandException(SmtpErrorCode.RecipientNotAccepted, SmtpStatusCode.MailboxBusy, _recipient, "450 4.2.1 mailbox busy, try later"),
        new SmtpCommandException(SmtpErrorCode.MessageNotAccepted, SmtpStatusCode.InsufficientStorage, "452 4.3.1 insufficient storage"),
        new SmtpCommandException(SmtpErrorCode.MessageNotAccepted, SmtpStatusCode.ErrorInProcessing, "451 local error"),
        new SmtpCommandException(SmtpErrorCode.SenderNotAccepted, SmtpStatusCode.MailboxUnavailable, new MailboxAddress("", "no-reply@forum.kominfo.go.id"), "550 sender refused"),
        new SmtpCommandException(SmtpErrorCode.UnexpectedStatusCode, SmtpStatusCode.AuthenticationInvalidCredentials, "535 authentication failed"),
        new SmtpCommandException(SmtpErrorCode.UnexpectedStatusCode, SmtpStatusCode.ServiceNotAvailable, "421 closing connection"),
        new SmtpProtocolException("the server closed the connection"),
        new SocketException((int)SocketError.ConnectionRefused),
        new TimeoutException("no answer"),
        new IOException("broken pipe"),
        new OperationCanceledException(),
    };

    [Theory]
    [MemberData(nameof(Permanent))]
    public void A_refusal_of_this_message_or_recipient_is_permanent(Exception failure)
    {
        Assert.True(SmtpFailure.IsPermanent(failure), failure.Message);
    }

    [Theory]
    [MemberData(nameof(Temporary))]
    public void Everything_else_is_retried(Exception failure)
    {
        Assert.False(SmtpFailure.IsPermanent(failure), failure.Message);
    }
}
