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

    /// <summary>Queries of at least this many parts are first ranked among the documents with all parts, or all but one.</summary>
    public const int MinPartsForAllFirst = 3;

    private static readonly IReadOnlyDictionary<string, IReadOnlyList<FacetCount>> _noFacets = new Dictionary<string, IReadOnlyList<FacetCount>>();

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
        var built = _queries.Build(parts, synonyms, reader);
        if (built.HadWords && built.Query is null)
        {
            // Only stop words ("yang", "dan"): nothing to look for, and browsing everything would not be an answer.
            return Empty(started);
        }

        var filters = SearchFilterSet.From(request);
        var access = SearchFilterSet.AccessTerms(request.Viewer);
        var words = built.Scoring ?? new MatchAllDocsQuery();
        var sortByDate = request.Sort == SearchSort.Date || built.Query is null;
        var skip = (long)(page - 1) * pageSize;
        var depth = (int)Math.Min(skip + pageSize, MaxDepth);
        var byRelevance = !request.Exhaustive && !sortByDate && skip < MaxDepth;
        var counted = byRelevance && built.PartCount >= MinPartsForAllFirst
            ? AllPartsFirst(searcher, request, built, depth, access, filters)
            : null;
        if (counted is null && byRelevance && !request.WithFacets)
        {
            // Ranked on every core, counting the matches up to the bound and then skipping the windows that cannot
            // reach the page: a search that skipped has more matches than the bound (facets and the date order are
            // counted in one pass, below).
            var bound = options.CountBound;
            var (best, matches, skipped) = ParallelRanking.Rank(searcher, words, depth, access, filters, pruneAfter: Math.Max(depth, bound + 1));
            counted = skipped ? new Counted(best, bound, true, _noFacets) : new Counted(best, matches, false, _noFacets);
        }

        if (counted is null)
        {
            var every = skip >= MaxDepth ? null : TopCollector(sortByDate, withScores: built.Query is not null, depth);
            counted = request.Exhaustive ? AsBefore(searcher, request, words, every, filters) : EveryMatch(searcher, request, words, every, access, filters);
        }

        var ranked = counted.Top;
        var onPage = ranked is not null && (skip < counted.Total || counted.IsLowerBound) ? ranked.ScoreDocs.Skip((int)skip).Take(pageSize).ToArray() : [];

        var hits = new SearchHit[onPage.Length];
        for (var i = 0; i < onPage.Length; i++)
        {
            hits[i] = ToHit(searcher, onPage[i], built);
        }

        var total = counted.Total;
        var suggestion = corrections.Count > 0
            ? Correction.Apply(request.Text, corrections, options.MaxQueryLength)
            : total == 0 ? Suggest(request.Text, typed, reader) : null;
        return new SearchResults
        {
            Total = total,
            TotalIsLowerBound = counted.IsLowerBound,
            Hits = hits,
            Facets = counted.Facets,
            Suggestion = suggestion,
            CorrectedTypos = corrections.Count > 0,
            TookMs = Stopwatch.GetElapsedTime(started).TotalMilliseconds,
        };
    }

    /// <summary>
    /// Every match scored, counted and faceted: exact. Documents failing one filter still reach the facet counts (they
    /// are what the other values of that facet show), so with facets only the access is applied outside the collector.
    /// </summary>
    private static Counted EveryMatch(
        IndexSearcher searcher, SearchRequest request, Query words, ITopDocsCollector? top, IReadOnlySet<string>? access, IReadOnlyList<ActiveFilter> filters)
    {
        if (request.WithFacets)
        {
            var query = words;
            if (SearchFilterSet.AllButOne(filters) is { } allButOne)
            {
                // Facets need the documents that fail one filter too; those failing two or more count nowhere.
                query = new BooleanQuery(disableCoord: true) { { words, Occur.MUST }, { allButOne, Occur.MUST } };
            }

            var facetCollector = new FacetCollector(filters, top);
            SegmentSearch.Run(searcher, query, facetCollector, access, []);
            return new Counted(top?.GetTopDocs(), facetCollector.TotalHits, false, facetCollector.Result());
        }

        var counter = new TotalHitCountCollector();
        SegmentSearch.Run(searcher, words, top is null ? counter : MultiCollector.Wrap(top, counter), access, filters);
        return new Counted(top?.GetTopDocs(), counter.TotalHits, false, _noFacets);
    }

    /// <summary>
    /// <see cref="SearchRequest.Exhaustive"/>: the search as it was before the access and filters became accepted
    /// documents and before bounded counting, the viewer's access and the filters joined to the query as clauses, so
    /// the benchmark measures before and after on one index.
    /// </summary>
    private static Counted AsBefore(IndexSearcher searcher, SearchRequest request, Query words, ITopDocsCollector? top, IReadOnlyList<ActiveFilter> filters)
    {
        var query = new BooleanQuery(disableCoord: true) { { words, Occur.MUST } };
        if (SearchFilterSet.AccessTerms(request.Viewer) is { } access)
        {
            var either = new BooleanQuery(disableCoord: true);
            foreach (var term in access)
            {
                either.Add(new TermQuery(new Lucene.Net.Index.Term(SearchFields.Access, term)), Occur.SHOULD);
            }

            query.Add(SearchFilterSet.Unscored(either), Occur.MUST);
        }

        if (request.WithFacets)
        {
            if (SearchFilterSet.AllButOne(filters) is { } allButOne)
            {
                query.Add(allButOne, Occur.MUST);
            }

            var facetCollector = new FacetCollector(filters, top);
            searcher.Search(query, facetCollector);
            return new Counted(top?.GetTopDocs(), facetCollector.TotalHits, false, facetCollector.Result());
        }

        foreach (var filter in filters)
        {
            query.Add(SearchFilterSet.Unscored(SearchFilterSet.ToQuery(filter)), Occur.MUST);
        }

        var counter = new TotalHitCountCollector();
        searcher.Search(query, top is null ? counter : MultiCollector.Wrap(top, counter));
        return new Counted(top?.GetTopDocs(), counter.TotalHits, false, _noFacets);
    }

    /// <summary>
    /// For three or more parts, the page is ranked among the documents that have all of them, or else all but one, when
    /// there are enough of those: with the coordination factor they rank above the documents missing more parts all but
    /// always (one with m of n parts scores m/n of its sum), and finding them is a join led by the rarest parts, ranked
    /// on every core (<see cref="ParallelRanking"/>) and skipping the windows of documents that cannot reach the page
    /// (<see cref="ScoreBounds"/>), instead of scoring every document with any part (on a broad query, most of the
    /// index). The matches of any part are then counted, and faceted, only up to <see cref="SearchOptions.CountBound"/>:
    /// beyond it the total is a lower bound ("10.000+"). Null when too few documents have that many parts: then every
    /// match is scored, as for fewer parts.
    /// </summary>
    private Counted? AllPartsFirst(
        IndexSearcher searcher, SearchRequest request, BuiltQuery built, int depth, IReadOnlySet<string>? access, IReadOnlyList<ActiveFilter> filters)
    {
        var absent = Absent(searcher, built);
        for (var required = built.PartCount - absent.Count; required >= built.PartCount - 1; required--)
        {
            // Past the documents needed to know the tier is enough and has more than the bound, the windows that
            // cannot reach the page are skipped.
            var enough = Math.Max(options.AllWordsMinimum, depth);
            var (top, tierTotal, _) = ParallelRanking.Rank(searcher, built.ScoringAtLeast(required, absent), depth, access, filters, pruneAfter: Math.Max(enough, options.CountBound + 1));
            if (tierTotal >= enough)
            {
                return Count(searcher, request, built, top, tierTotal, access, filters);
            }
        }

        return null;
    }

    /// <summary>
    /// The parts no document has (a word in no field: every segment answers no scorer for it), by index: a tier that
    /// needs them is empty without a search, and the tier of all the others is a conjunction.
    /// </summary>
    private static HashSet<int> Absent(IndexSearcher searcher, BuiltQuery built)
    {
        var parts = ((BooleanQuery)built.Query!).Clauses;
        var absent = new HashSet<int>();
        for (var i = 0; i < parts.Count; i++)
        {
            var weight = searcher.CreateNormalizedWeight(parts[i].Query);
            if (searcher.IndexReader.Leaves.All(leaf => weight.GetScorer(leaf, null) is null))
            {
                absent.Add(i);
            }
        }

        return absent;
    }

    /// <summary>
    /// The matches of any part, counted (and faceted) up to the bound, for a page ranked among at least
    /// <paramref name="ranked"/> of them (more when ranking skipped windows: it stops counting once past the bound).
    /// </summary>
    private Counted Count(
        IndexSearcher searcher, SearchRequest request, BuiltQuery built, TopDocs top, int ranked, IReadOnlySet<string>? access, IReadOnlyList<ActiveFilter> filters)
    {
        if (request.WithFacets)
        {
            var query = built.Query!;
            if (SearchFilterSet.AllButOne(filters) is { } allButOne)
            {
                query = new BooleanQuery(disableCoord: true) { { query, Occur.MUST }, { allButOne, Occur.MUST } };
            }

            var facetCollector = new FacetCollector(filters, hits: null, options.CountBound);
            SegmentSearch.Run(searcher, query, facetCollector, access, []);
            return new Counted(top, facetCollector.TotalHits, facetCollector.Bounded, facetCollector.Result());
        }

        if (ranked > options.CountBound)
        {
            // Every document ranked has some part: the count of any part is beyond the bound too.
            return new Counted(top, options.CountBound, true, _noFacets);
        }

        var counter = new BoundedCounter(options.CountBound);
        SegmentSearch.Run(searcher, built.Query!, counter, access, filters);
        return counter.Count > options.CountBound ? new Counted(top, options.CountBound, true, _noFacets) : new Counted(top, counter.Count, false, _noFacets);
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

    /// <summary>The ranked page's collector, the total (a lower bound when <paramref name="IsLowerBound"/>) and the facets.</summary>
    private sealed record Counted(TopDocs? Top, int Total, bool IsLowerBound, IReadOnlyDictionary<string, IReadOnlyList<FacetCount>> Facets);

    private static SearchResults Empty(long started) => new()
    {
        Total = 0,
        Hits = [],
        TookMs = Stopwatch.GetElapsedTime(started).TotalMilliseconds,
    };
}
