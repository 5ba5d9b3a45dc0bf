namespace Marketplace.Web.Features.Notifications;

/// <summary>
/// One thing a user should know about, kept in the database so the list and the unread count survive restarts and e-mail
/// (issue 8) can be sent from the same rows. The sentence is not stored: <see cref="TextKey"/> names a resource of
/// <see cref="NotificationsText"/> and <see cref="ArgsJson"/> holds its arguments, so the list is rendered in the reader's
/// language at read time.
/// </summary>
public sealed class Notification
{
    public long Id { get; set; }

    /// <summary>The recipient.</summary>
    public required string UserId { get; set; }

    public NotificationKind Kind { get; set; }

    /// <summary>The resource key of the sentence, for example "Adoption.Requested".</summary>
    public required string TextKey { get; set; }

    /// <summary>The sentence's arguments as a JSON array of strings (names, titles), already capped.</summary>
    public string ArgsJson { get; set; } = "[]";

    /// <summary>A short quote of user text (a post's first words), shown as is under the sentence; never translated.</summary>
    public string? Excerpt { get; set; }

    /// <summary>Where the notification leads: a local path, checked by <see cref="NotificationRules.IsLocalUrl"/>.</summary>
    public required string Url { get; set; }

    /// <summary>Who caused it, as the list names them (null for the platform itself).</summary>
    public string? ActorName { get; set; }

    public DateTimeOffset CreatedAt { get; set; }

    public DateTimeOffset? ReadAt { get; set; }

    /// <summary>Names the event ("adoption-event:42"); unique per user, so the same event never notifies a user twice.</summary>
    public required string DedupeKey { get; set; }

    /// <summary>
    /// Where the notification stands on its way to the user's mailbox. Stored with the row itself, so a notification
    /// saved is a mail decided later by the mail planner (under the mail lease), even when the node stops right after.
    /// </summary>
    public NotificationMail Mail { get; set; } = NotificationMail.Pending;
}

/// <summary>The mail side of one notification.</summary>
public enum NotificationMail
{
    /// <summary>Not decided yet: the mail planner reads the recipient's preference for the kind.</summary>
    Pending,

    /// <summary>Put in the mail outbox on its own ("immediately").</summary>
    Queued,

    /// <summary>Waits for the recipient's next daily digest.</summary>
    AwaitingDigest,

    /// <summary>Summarised in a daily digest.</summary>
    Digested,

    /// <summary>No mail: the kind is off for the user, the user has no confirmed address, or they visited since.</summary>
    None,
}

/// <summary>What a notification is about; e-mail preferences (issue 8) are chosen per kind.</summary>
public enum NotificationKind
{
    Mention,
    Reply,
    NewThread,
    AdoptionRequested,
    AdoptionMoved,
    Review,
    Moderation,
    Import,
    Account,

    /// <summary>A pokja recommendation was endorsed (its creator and the source thread's watchers hear of it).</summary>
    Recommendation,
}

/// <summary>How a user wants to hear of one kind of notification by e-mail (in-app they always see it).</summary>
public enum MailDelivery
{
    Immediately,
    DailyDigest,
    Off,
}

/// <summary>
/// A user's choice of <see cref="MailDelivery"/> for one <see cref="NotificationKind"/>. No row means the kind's default
/// (<c>NotificationPreferences.Default</c>).
/// </summary>
public sealed class NotificationPreference
{
    public long Id { get; set; }

    public required string UserId { get; set; }

    public NotificationKind Kind { get; set; }

    public MailDelivery Delivery { get; set; }

    public DateTimeOffset UpdatedAt { get; set; }
}

/// <summary>A user's wish to hear about a thread, a board or an application.</summary>
public sealed class Subscription
{
    public long Id { get; set; }

    public required string UserId { get; set; }

    public WatchTarget TargetKind { get; set; }

    /// <summary>The thread's, board's or application's id.</summary>
    public long TargetId { get; set; }

    public DateTimeOffset CreatedAt { get; set; }
}

/// <summary>What can be watched.</summary>
public enum WatchTarget
{
    Thread,
    Board,
    App,
}
