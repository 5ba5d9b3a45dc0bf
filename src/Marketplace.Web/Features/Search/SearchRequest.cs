namespace Marketplace.Web.Features.Search;

/// <summary>Who is searching: decides which drafts and members-only entries the answer may hold.</summary>
public sealed record SearchViewer(bool IsSignedIn, string? RegionCode, bool SeesAllRegions)
{
    public static SearchViewer Anonymous { get; } = new(false, null, false);
}

public enum SearchSort
{
    Relevance,
    Date,
}

/// <summary>
/// One search: free text as a person typed it (never Lucene syntax; quotes make phrases), filters (each null when
/// unused), sort and page. Filters are exact values as the facets list them; province takes the province and
/// everything in it.
/// </summary>
public sealed record SearchRequest
{
    public string Text { get; init; } = "";

    public SearchType? Type { get; init; }

    public string? Province { get; init; }

    public string? Region { get; init; }

    public string? Category { get; init; }

    public string? License { get; init; }

    public string? Maturity { get; init; }

    public SearchSort Sort { get; init; } = SearchSort.Relevance;

    /// <summary>1-based.</summary>
    public int Page { get; init; } = 1;

    public int PageSize { get; init; } = 20;

    /// <summary>Whether to count facets (the search page and API do; the duplicate warning does not).</summary>
    public bool WithFacets { get; init; } = true;

    /// <summary>
    /// Searches as before bounded counting: every match scored, counted and faceted (exact totals and facets, the top
    /// hits of the full OR of the words), the access and filters joined to the query as clauses. Neither the page nor
    /// the API sets it; the benchmark does, to measure before and after side by side on one index.
    /// </summary>
    public bool Exhaustive { get; init; }

    public SearchViewer Viewer { get; init; } = SearchViewer.Anonymous;
}

/// <summary>Facet names, as in the API's <c>facets</c> object and the filters' query parameters.</summary>
public static class SearchFacets
{
    public const string Type = "type";
    public const string Province = "province";
    public const string Region = "region";
    public const string Category = "category";
    public const string License = "license";
    public const string Maturity = "maturity";

    public static IReadOnlyList<string> All { get; } = [Type, Province, Region, Category, License, Maturity];
}
