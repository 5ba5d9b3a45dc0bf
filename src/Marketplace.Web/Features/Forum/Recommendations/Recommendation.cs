namespace Marketplace.Web.Features.Forum.Recommendations;

/// <summary>Where a recommendation stands: written by the pokja, under its review, endorsed by Kemenkominfo, or withdrawn.</summary>
public enum RecommendationState
{
    Draf,
    Ditinjau,
    Disahkan,
    Ditarik,
}

/// <summary>A pokja member's verdict on one version: agree, or needs work.</summary>
public enum ReviewVerdict
{
    Setuju,
    PerluPerbaikan,
}

/// <summary>
/// A pokja's recommendation, produced from one of its threads. The text lives in <see cref="RecommendationVersion"/>s
/// (every saved edit is a new one, old ones are kept); this row holds the state and the current version's number and
/// title so lists need no join. <see cref="Revision"/> rises on every change and is carried by every form, so a form
/// shown before someone else's change is refused instead of overwriting it.
/// </summary>
public sealed class Recommendation
{
    public int Id { get; set; }

    /// <summary>The pokja board the recommendation belongs to (the source thread's board).</summary>
    public int BoardId { get; set; }

    public int SourceThreadId { get; set; }

    public required string Title { get; set; }

    public RecommendationState State { get; set; }

    /// <summary>The number of the newest version, 1..n.</summary>
    public int CurrentVersion { get; set; }

    public required string CreatedById { get; set; }

    public string CreatedByName { get; set; } = "";

    public DateTimeOffset CreatedAt { get; set; }

    public DateTimeOffset UpdatedAt { get; set; }

    public string? EndorsedById { get; set; }

    public string? EndorsedByName { get; set; }

    public DateTimeOffset? EndorsedAt { get; set; }

    /// <summary>The concurrency token: raised by every edit and state change (not by reviews, which are per member).</summary>
    public int Revision { get; set; }

    public List<RecommendationEvent> Events { get; set; } = [];
}

/// <summary>One saved text of a recommendation; versions are never changed or deleted.</summary>
public sealed class RecommendationVersion
{
    public int Id { get; set; }

    public int RecommendationId { get; set; }

    public int Number { get; set; }

    public required string Title { get; set; }

    /// <summary>Markdown, rendered only through IMarkdownRenderer.</summary>
    public required string Body { get; set; }

    public string? ChangeNote { get; set; }

    public required string AuthorId { get; set; }

    public string AuthorName { get; set; } = "";

    public DateTimeOffset CreatedAt { get; set; }
}

/// <summary>A pokja member's review of one version: one per member and version, a second submission replaces the first.</summary>
public sealed class RecommendationReview
{
    public int Id { get; set; }

    public int RecommendationId { get; set; }

    public int VersionNumber { get; set; }

    public required string UserId { get; set; }

    public string UserName { get; set; } = "";

    public string RegionCode { get; set; } = "";

    public ReviewVerdict Verdict { get; set; }

    public string? Comment { get; set; }

    public DateTimeOffset At { get; set; }
}

/// <summary>A line of the recommendation's history: a state change (or its creation, From null), who made it, when and why.</summary>
public sealed class RecommendationEvent
{
    public int Id { get; set; }

    public int RecommendationId { get; set; }

    public RecommendationState? From { get; set; }

    public RecommendationState To { get; set; }

    public string ById { get; set; } = "";

    public string ByName { get; set; } = "";

    public DateTimeOffset At { get; set; }

    public string? Note { get; set; }
}
