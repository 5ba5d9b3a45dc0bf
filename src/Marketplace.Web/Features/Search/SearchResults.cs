namespace Marketplace.Web.Features.Search;

/// <summary>One hit. <see cref="SnippetHtml"/> is HTML-encoded text with the matched words in &lt;mark&gt;: safe to render as is.</summary>
public sealed record SearchHit(
    SearchType Type,
    string Id,
    string Title,
    string Url,
    string SnippetHtml,
    string? RegionCode,
    string? RegionName,
    DateTimeOffset Date,
    float Score);

/// <summary>A facet value and how many hits (within the other filters) carry it.</summary>
public sealed record FacetCount(string Value, int Count);

public sealed record SearchResults
{
    public required int Total { get; init; }

    /// <summary>
    /// True when counting stopped at a bound: there are at least <see cref="Total"/> matches ("10.000+"), and the facet
    /// counts were taken from those first matches only (approximate). False: <see cref="Total"/> and the facets are exact.
    /// </summary>
    public bool TotalIsLowerBound { get; init; }

    public required double TookMs { get; init; }

    public required IReadOnlyList<SearchHit> Hits { get; init; }

    /// <summary>Facet name (<see cref="SearchFacets"/>) to its values, most frequent first; empty when not asked for.</summary>
    public IReadOnlyDictionary<string, IReadOnlyList<FacetCount>> Facets { get; init; } = new Dictionary<string, IReadOnlyList<FacetCount>>();

    /// <summary>A near spelling of the text that finds more ("kepegawaian" for "kepegawaan"), or null.</summary>
    public string? Suggestion { get; init; }

    /// <summary>True when words with no match were searched by their near spellings (the hits are for <see cref="Suggestion"/>).</summary>
    public bool CorrectedTypos { get; init; }
}

/// <summary>A draft or an existing application to compare with the catalog ("Aplikasi serupa").</summary>
public sealed record SimilarAppsRequest
{
    public string Name { get; init; } = "";

    public string Summary { get; init; } = "";

    public string Description { get; init; } = "";

    /// <summary>The application itself, left out of its own list.</summary>
    public string? ExcludeAppId { get; init; }

    public int Max { get; init; } = 5;

    public SearchViewer Viewer { get; init; } = SearchViewer.Anonymous;
}

/// <summary>An application like the one described, best first; <see cref="Id"/> is the application's database id.</summary>
public sealed record SimilarApp(string Id, string Title, string Url, string? RegionCode, string? RegionName, float Score);
