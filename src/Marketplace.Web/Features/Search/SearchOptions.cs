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

    /// <summary>
    /// Beyond this many matches, a search that did not need to score every match (several words, ranked among the
    /// documents with all or all but one of them; a ranking that skipped windows of documents that cannot reach the
    /// page) stops counting: the total is shown as a lower bound ("10.000+") and the facets are those of the first
    /// matches. At most the deepest page a search ranks (10,000).
    /// </summary>
    [Range(1, 10_000)]
    public int CountBound { get; set; } = 10_000;

    /// <summary>
    /// Documents with all the words (three or more), or else all but one, needed to rank the page among them alone; with
    /// fewer, every document with any of the words is scored, as for one or two words.
    /// </summary>
    [Range(1, 10_000)]
    public int AllWordsMinimum { get; set; } = 200;

    /// <summary>Characters of an application's name, summary and description that "Aplikasi serupa" compares.</summary>
    [Range(100, 100_000)]
    public int MaxSimilarTextLength { get; set; } = 5_000;
}
