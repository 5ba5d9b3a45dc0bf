using System.Globalization;
using Lucene.Net.Index;
using Lucene.Net.Search;
using Lucene.Net.Store;
using Marketplace.Web.Features.Search;
using Marketplace.Web.Features.Search.Index;
using static Marketplace.Tests.Search.TempSearchIndex;

namespace Marketplace.Tests.Search;

/// <summary>
/// Window bounds hold every document's score (so skipping a window never loses a hit), are exact for one word, and
/// ranking that skips windows gives the page a full pass gives, on an index of many windows that changes under them.
/// </summary>
public sealed class ScoreBoundsTests : IDisposable
{
    private const int _segments = 3;
    private const int _perSegment = 3 * ScoreBounds.WindowSize + 500;

    private static readonly string[] _words =
        ["parkir", "pasar", "retribusi", "pajak", "data", "layanan", "daerah", "perangkat", "server", "elektronik", "satuan", "kerja"];

    private static readonly string[] _texts =
    [
        "parkir",
        "server",
        "parkir pasar data",
        "pajak retribusi pasar layanan",
        "\"retribusi pasar\"",
        "\"satuan kerja perangkat daerah\"",
        "perangkat daerah pajak",
        "e-parkir layanan server",
        "langka parkir",
    ];

    private readonly RAMDirectory _directory = new();
    private readonly IndonesianAnalysis _analysis = new();
    private readonly QueryBuilder _queries;
    private readonly SynonymSet _synonyms;
    private readonly IndexWriter _writer;
    private DirectoryReader _reader;

    public ScoreBoundsTests()
    {
        _queries = new QueryBuilder(_analysis);
        _synonyms = SynonymSet.Build(_analysis, SynonymSet.Committed);
        _writer = new IndexWriter(_directory, new IndexWriterConfig(IndonesianAnalysis.Version, _analysis)
        {
            Similarity = CoordinatedBm25Similarity.Instance,
            MergePolicy = NoMergePolicy.COMPOUND_FILES,
        });
        var random = new Random(11);
        for (var segment = 0; segment < _segments; segment++)
        {
            for (var i = 0; i < _perSegment; i++)
            {
                var n = (segment * _perSegment) + i;
                var id = n.ToString(CultureInfo.InvariantCulture);
                var body = string.Join(' ', Enumerable.Range(0, random.Next(5, 40)).Select(_ => _words[random.Next(_words.Length)]));

                // A rare word in one window of the first segment only; a few strong titles here and there.
                if (segment == 0 && i / ScoreBounds.WindowSize == 1 && i % 97 == 0)
                {
                    body += " langka";
                }

                // Strong titles in two windows only, as a broad query's best documents sit in a few windows of a real index.
                var strong = ((segment == 1 && i / ScoreBounds.WindowSize == 2) || (segment == 2 && i / ScoreBounds.WindowSize == 0)) && i % 10 == 0;
                var title = strong ? string.Join(' ', _words[random.Next(_words.Length)], _words[random.Next(_words.Length)]) : "Aplikasi " + id;
                _writer.AddDocument(SearchFields.ToLucene(App(id, title, body: body)));
            }

            _writer.Commit();
        }

        _reader = DirectoryReader.Open(_directory);
    }

    public void Dispose()
    {
        _reader.Dispose();
        _writer.Dispose();
        _directory.Dispose();
        _analysis.Dispose();
    }

    [Fact]
    public void Every_matching_document_scores_at_most_its_window_bound_and_a_window_without_the_words_has_none()
    {
        var searcher = Searcher();
        foreach (var query in Queries(searcher))
        {
            AssertBoundsHold(searcher, query);
        }
    }

    [Fact]
    public void The_bound_of_one_word_is_the_best_score_of_its_window()
    {
        var searcher = Searcher();
        var query = new TermQuery(new Term(SearchFields.Body, "parkir"));
        var weight = searcher.CreateNormalizedWeight(query);
        var bound = ScoreBounds.Prepare(searcher, query)!;
        foreach (var leaf in searcher.IndexReader.Leaves)
        {
            var bounds = bound.For(leaf);
            var best = Enumerable.Repeat(ScoreBounds.NoMatch, bounds.Length).ToArray();
            var scorer = weight.GetScorer(leaf, null)!;
            for (var doc = scorer.NextDoc(); doc != DocIdSetIterator.NO_MORE_DOCS; doc = scorer.NextDoc())
            {
                best[ScoreBounds.Window(doc)] = Math.Max(best[ScoreBounds.Window(doc)], scorer.GetScore());
            }

            Assert.Equal(best, bounds);
        }
    }

    [Fact]
    public void A_word_only_one_window_has_bounds_no_other_window()
    {
        var searcher = Searcher();
        var bound = ScoreBounds.Prepare(searcher, new TermQuery(new Term(SearchFields.Body, "langka")))!;

        var windows = searcher.IndexReader.Leaves.SelectMany(leaf => bound.For(leaf).Select((b, w) => (leaf.Ord, Window: w, Bound: b))).ToList();

        Assert.Equal([(0, 1)], windows.Where(w => w.Bound != ScoreBounds.NoMatch).Select(w => (w.Ord, w.Window)));
        Assert.True(windows.Count > 10);
    }

    [Fact]
    public void Ranking_that_skips_windows_gives_the_page_of_one_full_pass()
    {
        var searcher = Searcher();
        var skipped = 0;
        foreach (var query in Queries(searcher))
        {
            foreach (var depth in new[] { 10, 40 })
            {
                var onePass = TopScoreDocCollector.Create(depth, docsScoredInOrder: true);
                searcher.Search(query, onePass);
                var expected = onePass.GetTopDocs().ScoreDocs.Select(d => (d.Doc, d.Score)).ToList();
                foreach (var slices in new[] { 1, 2, 3 })
                {
                    var ranked = ParallelRanking.Rank(searcher, query, depth, null, [], slices, minSliceDocs: 1, pruneAfter: depth);

                    Assert.Equal(expected, ranked.Top.ScoreDocs.Select(d => (d.Doc, d.Score)).ToList());
                    Assert.True(ranked.Total >= Math.Min(depth, onePass.TotalHits));
                    Assert.True(ranked.Skipped || ranked.Total == onePass.TotalHits, $"{query}: {ranked.Total} counted of {onePass.TotalHits} without skipping");
                    skipped += ranked.Skipped ? 1 : 0;
                }
            }
        }

        Assert.True(skipped >= Queries(searcher).Count(), $"{skipped} rankings skipped windows: the test hardly exercises skipping");
    }

    [Fact]
    public void Bounds_kept_with_a_segment_still_hold_after_documents_are_replaced_and_added()
    {
        foreach (var query in Queries(Searcher()))
        {
            AssertBoundsHold(Searcher(), query);
        }

        // Replacements land in a new segment and delete the old copies; the new texts repeat the words far more.
        for (var i = 0; i < 300; i++)
        {
            var id = (i * 37).ToString(CultureInfo.InvariantCulture);
            var body = string.Join(' ', Enumerable.Repeat("parkir pasar retribusi", 12));
            _writer.UpdateDocument(new Term(SearchFields.Key, SearchKeys.For(SearchType.App, id)), SearchFields.ToLucene(App(id, "parkir pasar", body: body)));
        }

        _writer.Commit();
        var reopened = DirectoryReader.OpenIfChanged(_reader)!;
        _reader.Dispose();
        _reader = reopened;

        var searcher = Searcher();
        Assert.True(searcher.IndexReader.Leaves.Count > _segments);
        foreach (var query in Queries(searcher))
        {
            AssertBoundsHold(searcher, query);
            var ranked = ParallelRanking.Rank(searcher, query, 20, null, [], slices: 2, minSliceDocs: 1, pruneAfter: 20);
            var onePass = TopScoreDocCollector.Create(20, docsScoredInOrder: true);
            searcher.Search(query, onePass);
            Assert.Equal(onePass.GetTopDocs().ScoreDocs.Select(d => (d.Doc, d.Score)), ranked.Top.ScoreDocs.Select(d => (d.Doc, d.Score)));
        }
    }

    [Fact]
    public void A_query_of_a_kind_not_bounded_is_ranked_without_skipping()
    {
        var searcher = Searcher();
        var query = new BooleanQuery { { new ConstantScoreQuery(new TermQuery(new Term(SearchFields.Body, "parkir"))), Occur.SHOULD } };

        var ranked = ParallelRanking.Rank(searcher, query, 10, null, [], slices: 2, minSliceDocs: 1, pruneAfter: 10);

        Assert.Null(ScoreBounds.Prepare(searcher, query));
        Assert.False(ranked.Skipped);
        Assert.Equal(searcher.Search(query, 10).TotalHits, ranked.Total);
    }

    private IndexSearcher Searcher() => new(_reader) { Similarity = CoordinatedBm25Similarity.Instance };

    // The platform's queries for the texts: every part, the all-parts tier and the all-but-one tier, with neighbours.
    private IEnumerable<Query> Queries(IndexSearcher searcher)
    {
        foreach (var text in _texts)
        {
            var built = _queries.Build(UserText.Parse(text, 200), _synonyms, searcher.IndexReader);
            yield return built.Scoring!;
            if (built.PartCount >= 3)
            {
                yield return built.ScoringAtLeast(built.PartCount);
                yield return built.ScoringAtLeast(built.PartCount - 1);
            }
        }
    }

    private static void AssertBoundsHold(IndexSearcher searcher, Query query)
    {
        var bound = ScoreBounds.Prepare(searcher, query);
        Assert.True(bound is not null, $"{query} is not bounded");
        var weight = searcher.CreateNormalizedWeight(query);
        var matched = 0;
        foreach (var leaf in searcher.IndexReader.Leaves)
        {
            var bounds = bound!.For(leaf);
            Assert.Equal(ScoreBounds.Windows(leaf.AtomicReader.MaxDoc), bounds.Length);
            if (weight.GetScorer(leaf, leaf.AtomicReader.LiveDocs) is not { } scorer)
            {
                continue;
            }

            for (var doc = scorer.NextDoc(); doc != DocIdSetIterator.NO_MORE_DOCS; doc = scorer.NextDoc())
            {
                var window = bounds[ScoreBounds.Window(doc)];
                var score = scorer.GetScore();
                Assert.True(window != ScoreBounds.NoMatch && score <= window * (1 + SliceRanking.Margin), $"{query}: document {doc} of {leaf} scores {score}, its window's bound is {window}");
                matched++;
            }
        }

        Assert.True(matched > 0, $"{query} matches nothing: the test shows nothing");
    }
}
