namespace Marketplace.Web.Features.Mail;

/// <summary>
/// A message to queue: rendered already, in the recipient's language. <paramref name="DedupeKey"/> names it so that
/// queuing it twice stores it once; <paramref name="UserId"/> is the recipient's account when there is one (the per-user
/// limit counts by it); <paramref name="Kind"/> is a <c>NotificationKind</c> name, "Digest" or "Account".
/// </summary>
public sealed record MailDraft(
    string DedupeKey,
    string? UserId,
    string ToAddress,
    string ToName,
    string Culture,
    string Kind,
    string Subject,
    string TextBody,
    string HtmlBody,
    string? UnsubscribeUrl = null);

/// <summary>What became of a draft given to <see cref="IMailOutbox.EnqueueAsync"/>.</summary>
public enum EnqueueResult
{
    /// <summary>Stored; the sender is woken.</summary>
    Queued,

    /// <summary>A message with the same dedupe key is already in the outbox; nothing stored.</summary>
    Duplicate,

    /// <summary>The recipient reached the per-user limit (<c>Mail:PerUserPerHour</c>); nothing stored.</summary>
    OverLimit,
}

/// <summary>
/// The one way to send mail. Checks the draft (header fields without CR/LF, an address, lengths), applies the per-user
/// limit, stores the message in the outbox table and wakes the sender. The sender delivers it later with back-off.
/// </summary>
public interface IMailOutbox
{
    /// <exception cref="MailHeaderException">A header field holds a line break or another control character.</exception>
    /// <exception cref="ArgumentException">The address is missing or not an address, or the dedupe key is missing.</exception>
    Task<EnqueueResult> EnqueueAsync(MailDraft draft, CancellationToken cancellationToken);
}

/// <summary>
/// Work that turns platform events into outbox messages (the notification planner, the daily digest). The sender runs
/// every job in a scope of its own on each round while it holds the mail lease, so with several nodes exactly one node
/// runs them. A job returns how many messages it queued; it must be safe to run again after a crash halfway.
/// </summary>
public interface IMailJob
{
    Task<int> RunAsync(CancellationToken cancellationToken);
}
