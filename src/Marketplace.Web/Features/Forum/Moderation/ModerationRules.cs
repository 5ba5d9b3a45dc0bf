namespace Marketplace.Web.Features.Forum.Moderation;

/// <summary>Moderation's limits, shared by the database configuration, the checks and the pages.</summary>
public static class ModerationRules
{
    /// <summary>Open flags from this many different members hide a post until a moderator looks at it.</summary>
    public const int HideThreshold = 3;

    public const int NoteMax = 500;
    public const int ReasonMax = 500;
    public const int DetailMax = 500;
    public const int SuspendDaysMin = 1;
    public const int SuspendDaysMax = 365;
    public const int QueueSize = 50;
    public const int LogPageSize = 50;
}
