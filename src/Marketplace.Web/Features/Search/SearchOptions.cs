using System.ComponentModel.DataAnnotations;

namespace Marketplace.Web.Features.Search;

/// <summary>The "Search" configuration section.</summary>
public sealed class SearchOptions
{
    public const string Section = "Search";

    /// <summary>Memory the index writer fills before flushing a segment; bulk rebuilds go faster with more.</summary>
    [Range(8, 2048)]
    public double RamBufferMegabytes { get; set; } = 64;

    /// <summary>Characters of the search text that are read; the rest is ignored (never an error).</summary>
    [Range(20, 5000)]
    public int MaxQueryLength { get; set; } = 500;

    /// <summary>Characters of an application's name, summary and description that "Aplikasi serupa" compares.</summary>
    [Range(100, 100_000)]
    public int MaxSimilarTextLength { get; set; } = 5_000;
}
