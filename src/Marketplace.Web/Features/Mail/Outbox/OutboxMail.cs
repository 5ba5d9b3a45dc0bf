namespace Marketplace.Web.Features.Mail.Outbox;

/// <summary>
/// One message waiting for, or done with, delivery. Every message the platform sends is a row here first, rendered in
/// the recipient's language when it is queued, so the sender only delivers: a restart, a second node or an SMTP outage
/// loses nothing. <see cref="DedupeKey"/> is unique, so queuing the same message twice stores it once.
/// </summary>
public sealed class OutboxMail
{
    public long Id { get; set; }

    /// <summary>Names the message ("notification:42", "digest:{user}:2026-12-05", "account:reset:{guid}").</summary>
    public required string DedupeKey { get; set; }

    /// <summary>The recipient's account, when there is one: for the per-user limit and the unsubscribe link.</summary>
    public string? UserId { get; set; }

    public required string ToAddress { get; set; }

    public string ToName { get; set; } = "";

    /// <summary>"id" or "en": the language the message was rendered in (the Content-Language header).</summary>
    public string Culture { get; set; } = "id";

    /// <summary>What the message is: a <c>NotificationKind</c> name, "Digest" or "Account".</summary>
    public required string Kind { get; set; }

    public required string Subject { get; set; }

    public required string TextBody { get; set; }

    public required string HtmlBody { get; set; }

    /// <summary>The signed one-click unsubscribe address (the List-Unsubscribe header); null for account messages.</summary>
    public string? UnsubscribeUrl { get; set; }

    /// <summary>The RFC 5322 Message-ID, fixed when queued, so that every attempt sends the same message.</summary>
    public required string MessageId { get; set; }

    public OutboxMailState State { get; set; }

    /// <summary>Delivery attempts made so far.</summary>
    public int Attempts { get; set; }

    /// <summary>When the sender may try (again): now when queued, later after each failure (exponential back-off).</summary>
    public DateTimeOffset NextAttemptAt { get; set; }

    /// <summary>The last failure, as the SMTP server or the network said it, for the administrator.</summary>
    public string? LastError { get; set; }

    public DateTimeOffset CreatedAt { get; set; }

    public DateTimeOffset? SentAt { get; set; }
}

public enum OutboxMailState
{
    /// <summary>Waiting for its first or next attempt.</summary>
    Pending,

    /// <summary>Accepted by the SMTP server (or written to the pickup folder).</summary>
    Sent,

    /// <summary>Gave up after the maximum number of attempts, or refused for good; an administrator can retry it.</summary>
    Failed,

    /// <summary>Withdrawn by an administrator; never sent.</summary>
    Cancelled,
}
