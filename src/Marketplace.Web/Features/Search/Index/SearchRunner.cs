using System.Diagnostics;
using Lucene.Net.Analysis;
using Lucene.Net.Search;

namespace Marketplace.Web.Features.Search.Index;

/// <summary>
/// One search against one point-in-time searcher: corrects words the index does not know, builds the query, collects
/// the page and the facets in one pass, and reads stored fields only for the hits of the page.
/// </summary>
internal sealed class SearchRunner(Analyzer analyzer, SearchOptions options)
{
    public const int MaxPageSize = 100;

    /// <summary>Hits beyond this depth are not ranked (a page there is empty), so a deep page cannot allocate a huge queue.</summary>
    public const int MaxDepth = 10_000;

    private static readonly Sort _byDate = new(new SortField(SearchFields.Date, SortFieldType.INT64, reverse: true), SortField.FIELD_SCORE);
    private static readonly Sort _byDateOnly = new(new SortField(SearchFields.Date, SortFieldType.INT64, reverse: true));

    private readonly QueryBuilder _queries = new(analyzer);
    private readonly TypoCorrector _typos = new(analyzer);
    private readonly SnippetBuilder _snippets = new(analyzer);

    public SearchResults Run(IndexSearcher searcher, SearchRequest request, SynonymSet synonyms)
    {
        ArgumentNullException.ThrowIfNull(request);
        var started = Stopwatch.GetTimestamp();
        var pageSize = Math.Clamp(request.PageSize, 1, MaxPageSize);
        var page = Math.Max(1, request.Page);
        var reader = searcher.IndexReader;
        var typed = UserText.Parse(request.Text, options.MaxQueryLength);
        var corrections = new List<Correction>();
        var parts = typed.Select(part => Corrected(part, reader, corrections)).ToList();
        var built = _queries.Build(parts, synonyms);
        if (built.HadWords && built.Query is null)
        {
            // Only stop words ("yang", "dan"): nothing to look for, and browsing everything would not be an answer.
            return Empty(started);
        }

        var filters = SearchFilterSet.From(request);
        var query = new BooleanQuery(disableCoord: true) { { built.Query ?? new MatchAllDocsQuery(), Occur.MUST } };
        if (SearchFilterSet.Access(request.Viewer) is { } access)
        {
            query.Add(SearchFilterSet.Unscored(access), Occur.MUST);
        }

        if (request.WithFacets)
        {
            // Facets need the documents that fail one filter too; those failing two or more count nowhere.
            if (SearchFilterSet.AllButOne(filters) is { } allButOne)
            {
                query.Add(allButOne, Occur.MUST);
            }
        }
        else
        {
            foreach (var filter in filters)
            {
                query.Add(SearchFilterSet.Unscored(SearchFilterSet.ToQuery(filter)), Occur.MUST);
            }
        }

        var sortByDate = request.Sort == SearchSort.Date || built.Query is null;
        var skip = (long)(page - 1) * pageSize;
        var top = skip >= MaxDepth ? null : TopCollector(sortByDate, withScores: built.Query is not null, (int)Math.Min(skip + pageSize, MaxDepth));
        int total;
        IReadOnlyDictionary<string, IReadOnlyList<FacetCount>> facets = new Dictionary<string, IReadOnlyList<FacetCount>>();
        if (request.WithFacets)
        {
            var facetCollector = new FacetCollector(filters, top);
            searcher.Search(query, facetCollector);
            total = facetCollector.TotalHits;
            facets = facetCollector.Result();
        }
        else
        {
            var counter = new TotalHitCountCollector();
            searcher.Search(query, top is null ? counter : MultiCollector.Wrap(top, counter));
            total = counter.TotalHits;
        }

        var hits = new List<SearchHit>();
        if (top is not null && skip < total)
        {
            foreach (var scoreDoc in top.GetTopDocs((int)skip, pageSize).ScoreDocs)
            {
                hits.Add(ToHit(searcher, scoreDoc, built));
            }
        }

        var suggestion = corrections.Count > 0
            ? Correction.Apply(request.Text, corrections, options.MaxQueryLength)
            : total == 0 ? Suggest(request.Text, typed, reader) : null;
        return new SearchResults
        {
            Total = total,
            Hits = hits,
            Facets = facets,
            Suggestion = suggestion,
            CorrectedTypos = corrections.Count > 0,
            TookMs = Stopwatch.GetElapsedTime(started).TotalMilliseconds,
        };
    }

    private UserTextPart Corrected(UserTextPart part, Lucene.Net.Index.IndexReader reader, List<Correction> corrections)
    {
        if (part.IsPhrase || _typos.IsKnown(reader, part.Text) || _typos.Nearest(reader, part.Text) is not { } nearest)
        {
            return part;
        }

        corrections.Add(new Correction(part.Text, nearest));
        return part with { Text = nearest };
    }

    /// <summary>When nothing was found although every word is known: a near spelling that more documents use, if any.</summary>
    private string? Suggest(string text, IReadOnlyList<UserTextPart> typed, Lucene.Net.Index.IndexReader reader)
    {
        var near = typed.Where(p => !p.IsPhrase)
            .Select(p => _typos.Nearest(reader, p.Text) is { } n ? new Correction(p.Text, n) : null)
            .OfType<Correction>()
            .ToList();
        return near.Count == 0 ? null : Correction.Apply(text, near, options.MaxQueryLength);
    }

    // Browsing (no text) has nothing to score: the date order alone decides.
    private static ITopDocsCollector TopCollector(bool byDate, bool withScores, int depth) => byDate
        ? TopFieldCollector.Create(withScores ? _byDate : _byDateOnly, depth, fillFields: false, trackDocScores: withScores, trackMaxScore: false, docsScoredInOrder: false)
        : TopScoreDocCollector.Create(depth, docsScoredInOrder: false);

    private SearchHit ToHit(IndexSearcher searcher, ScoreDoc scoreDoc, BuiltQuery built)
    {
        // Every stored field is a hit field; Lucene.NET reads them all faster than it filters them by name.
        var document = searcher.Doc(scoreDoc.Doc);
        SearchKeys.TryParseType(document.Get(SearchFields.Type), out var type);
        var ticks = document.GetField(SearchFields.Date)?.GetInt64Value() ?? 0;
        return new SearchHit(
            type,
            document.Get(SearchFields.Id) ?? "",
            document.Get(SearchFields.Title) ?? "",
            document.Get(SearchFields.Url) ?? "",
            _snippets.Build(document.Get(SearchFields.Summary) ?? "", document.Get(SearchFields.Body) ?? "", built.Terms, built.ExactTerms),
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
