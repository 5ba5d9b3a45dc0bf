namespace Marketplace.Web.Features.Reviews;

/// <summary>
/// A verified review: written by a region whose adoption of the application reached Berjalan, one per adoption.
/// The owner region may answer once (and edit its answer).
/// </summary>
public sealed class AppReview
{
    public int Id { get; set; }

    public int AppId { get; set; }

    public int AdoptionId { get; set; }

    public required string RegionCode { get; set; }

    public required string AuthorId { get; set; }

    public string AuthorName { get; set; } = "";

    /// <summary>1 to 5 stars.</summary>
    public int Rating { get; set; }

    /// <summary>Markdown, rendered through the one rendering service.</summary>
    public string Body { get; set; } = "";

    public DateTimeOffset CreatedAt { get; set; }

    public DateTimeOffset? UpdatedAt { get; set; }

    /// <summary>The owner region's answer (Markdown), if any.</summary>
    public string? Reply { get; set; }

    public string? ReplyByName { get; set; }

    public DateTimeOffset? ReplyAt { get; set; }
}
