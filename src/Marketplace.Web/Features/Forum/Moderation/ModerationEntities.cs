namespace Marketplace.Web.Features.Forum.Moderation;

/// <summary>Why a member flags a post; "Lainnya" (other) needs a note saying what is wrong.</summary>
public enum FlagReason
{
    Spam,
    Kasar,
    TidakRelevan,
    Lainnya,
}

/// <summary>How a moderator settled a flag: the post stayed hidden (or was hidden), or the flag was dismissed.</summary>
public enum FlagOutcome
{
    Upheld,
    Dismissed,
}

/// <summary>
/// One member's report that a post breaks the rules. A member flags a post once ((PostId, UserId) is unique), so three
/// open flags are three different people; a moderator resolves every open flag of a post at once.
/// </summary>
public sealed class PostFlag
{
    public int Id { get; set; }

    public int PostId { get; set; }

    public required string UserId { get; set; }

    public string UserName { get; set; } = "";

    public FlagReason Reason { get; set; }

    public string? Note { get; set; }

    public DateTimeOffset CreatedAt { get; set; }

    public DateTimeOffset? ResolvedAt { get; set; }

    public string? ResolvedById { get; set; }

    public FlagOutcome? Outcome { get; set; }
}

/// <summary>
/// A member kept from writing in the forum until <see cref="Until"/>, unless a moderator lifts it earlier. Rows stay after
/// they end, so a member's history of suspensions can be read.
/// </summary>
public sealed class UserSuspension
{
    public int Id { get; set; }

    public required string UserId { get; set; }

    public DateTimeOffset Until { get; set; }

    public required string Reason { get; set; }

    public required string ById { get; set; }

    public string ByName { get; set; } = "";

    public DateTimeOffset CreatedAt { get; set; }

    public DateTimeOffset? LiftedAt { get; set; }

    public string? LiftedById { get; set; }

    public bool IsActive(DateTimeOffset now) => LiftedAt is null && Until > now;
}

/// <summary>What a moderator (or the flag rule, with no actor) did; the audit log filters by it.</summary>
public enum ModerationAction
{
    PostHidden,
    PostKeptHidden,
    PostRestored,
    FlagsDismissed,
    PostEdited,
    PostDeleted,
    ThreadPinned,
    ThreadUnpinned,
    ThreadLocked,
    ThreadUnlocked,
    ThreadMoved,
    ThreadDeleted,
    ThreadRestored,
    UserSuspended,
    SuspensionLifted,
}

/// <summary>
/// One line of the moderation audit log, written in the same SaveChanges as the action it records, so there is never an
/// action without its line. <see cref="ActorId"/> null means the system did it (three flags hid a post).
/// </summary>
public sealed class ModerationLogEntry
{
    public long Id { get; set; }

    public DateTimeOffset At { get; set; }

    public string? ActorId { get; set; }

    public string? ActorName { get; set; }

    public ModerationAction Action { get; set; }

    public int? ThreadId { get; set; }

    public int? PostId { get; set; }

    public string? SubjectUserId { get; set; }

    public string? SubjectUserName { get; set; }

    public string? Reason { get; set; }

    public string? Detail { get; set; }
}
