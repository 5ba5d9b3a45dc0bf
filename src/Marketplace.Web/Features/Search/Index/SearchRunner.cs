using System.Diagnostics;
using Lucene.Net.Analysis;
using Lucene.Net.Search;

namespace Marketplace.Web.Features.Search.Index;

/// <summary>
/// One search against one point-in-time searcher: builds the query from the request, collects the page (and the facets),
/// and reads stored fields only for the hits of the page.
/// </summary>
internal sealed class SearchRunner(Analyzer analyzer, SearchOptions options)
{
    public const int MaxPageSize = 100;

    /// <summary>Hits beyond this depth are not ranked (a page there is empty), so a deep page cannot allocate a huge queue.</summary>
    public const int MaxDepth = 10_000;

    private static readonly Sort _byDate = new(new SortField(SearchFields.Date, SortFieldType.INT64, reverse: true), SortField.FIELD_SCORE);

    private readonly QueryBuilder _queries = new(analyzer);
    private readonly SnippetBuilder _snippets = new(analyzer);

    public SearchResults Run(IndexSearcher searcher, SearchRequest request)
    {
        ArgumentNullException.ThrowIfNull(request);
        var started = Stopwatch.GetTimestamp();
        var pageSize = Math.Clamp(request.PageSize, 1, MaxPageSize);
        var page = Math.Max(1, request.Page);
        var parts = UserText.Parse(request.Text, options.MaxQueryLength);
        var built = _queries.Build(parts);
        if (built.HadWords && built.Query is null)
        {
            // Only stop words ("yang", "dan"): nothing to look for, and browsing everything would not be an answer.
            return Empty(started);
        }

        var filters = SearchFilterSet.From(request);
        var query = new BooleanQuery(disableCoord: true)
        {
            { built.Query ?? new MatchAllDocsQuery(), Occur.MUST },
        };
        if (SearchFilterSet.Access(request.Viewer) is { } access)
        {
            query.Add(SearchFilterSet.Unscored(access), Occur.MUST);
        }

        foreach (var filter in filters)
        {
            query.Add(SearchFilterSet.Unscored(SearchFilterSet.ToQuery(filter)), Occur.MUST);
        }

        var sortByDate = request.Sort == SearchSort.Date || built.Query is null;
        var skip = (long)(page - 1) * pageSize;
        var depth = (int)Math.Min(skip + pageSize, MaxDepth);
        var top = skip >= MaxDepth
            ? null
            : sortByDate
                ? (ITopDocsCollector)TopFieldCollector.Create(_byDate, depth, fillFields: false, trackDocScores: true, trackMaxScore: false, docsScoredInOrder: false)
                : TopScoreDocCollector.Create(depth, docsScoredInOrder: false);
        var total = new TotalHitCountCollector();
        searcher.Search(query, top is null ? total : MultiCollector.Wrap(top, total));

        var hits = new List<SearchHit>();
        if (top is not null && skip < total.TotalHits)
        {
            foreach (var scoreDoc in top.GetTopDocs((int)skip, pageSize).ScoreDocs)
            {
                hits.Add(ToHit(searcher, scoreDoc, built.Terms));
            }
        }

        return new SearchResults
        {
            Total = total.TotalHits,
            Hits = hits,
            TookMs = Stopwatch.GetElapsedTime(started).TotalMilliseconds,
        };
    }

    private SearchHit ToHit(IndexSearcher searcher, ScoreDoc scoreDoc, IReadOnlySet<string> terms)
    {
        var document = searcher.Doc(scoreDoc.Doc, SearchFields.HitFields);
        SearchKeys.TryParseType(document.Get(SearchFields.Type), out var type);
        var ticks = document.GetField(SearchFields.Date)?.GetInt64Value() ?? 0;
        var summary = document.Get(SearchFields.Summary) ?? "";
        var body = document.Get(SearchFields.Body) ?? "";
        return new SearchHit(
            type,
            document.Get(SearchFields.Id) ?? "",
            document.Get(SearchFields.Title) ?? "",
            document.Get(SearchFields.Url) ?? "",
            _snippets.Build(summary, body, terms),
            document.Get(SearchFields.Region),
            document.Get(SearchFields.RegionName),
            new DateTimeOffset(ticks, TimeSpan.Zero),
            float.IsNaN(scoreDoc.Score) ? 0f : scoreDoc.Score);
    }

    private static SearchResults Empty(long started) => new()
    {
        Total = 0,
        Hits = [],
        TookMs = Stopwatch.GetElapsedTime(started).TotalMilliseconds,
    };
}
