using System.ComponentModel.DataAnnotations;

namespace Marketplace.Web.Features.Search.Indexing;

/// <summary>The indexer's settings (section <c>Search</c>).</summary>
public sealed class IndexingOptions
{
    public const string Section = "Search";

    /// <summary>How long outbox rows are kept for nodes that fall behind; a node further behind rebuilds its index.</summary>
    [Range(1, 24 * 365)]
    public int OutboxRetentionHours { get; set; } = 168;

    /// <summary>How often the outbox is read when no save in this process woke the indexer.</summary>
    [Range(50, 60_000)]
    public int PollMilliseconds { get; set; } = 500;

    /// <summary>Outbox rows read per batch (and so at most documents written per commit).</summary>
    [Range(1, 100_000)]
    public int BatchSize { get; set; } = 1000;

    /// <summary>
    /// How long a hole in the outbox ids is waited for before it is taken as a rolled-back transaction: on PostgreSQL a
    /// transaction that took a lower id may commit after a higher one is read.
    /// </summary>
    [Range(1, 3600)]
    public int GapGraceSeconds { get; set; } = 30;

    /// <summary>The age of the oldest unindexed change beyond which /health reports the search check Degraded.</summary>
    [Range(1, 86_400)]
    public int LagDegradedSeconds { get; set; } = 300;
}
