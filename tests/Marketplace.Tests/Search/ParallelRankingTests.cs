using Lucene.Net.Index;
using Lucene.Net.Search;
using Lucene.Net.Store;
using Marketplace.Web.Features.Search;
using Marketplace.Web.Features.Search.Index;
using static Marketplace.Tests.Search.TempSearchIndex;

namespace Marketplace.Tests.Search;

/// <summary>Ranking in slices side by side gives what one pass gives: the same documents, scores, order and total.</summary>
public sealed class ParallelRankingTests : IDisposable
{
    private static readonly string[] _words = ["parkir", "retribusi", "pasar", "pajak", "daerah", "layanan", "data", "server"];

    private readonly RAMDirectory _directory = new();
    private readonly IndonesianAnalysis _analysis = new();
    private readonly DirectoryReader _reader;
    private readonly IndexSearcher _searcher;

    public ParallelRankingTests()
    {
        // Four segments, some deletions, and many equal scores (short texts from eight words).
        var random = new Random(7);
        using (var writer = new IndexWriter(_directory, new IndexWriterConfig(IndonesianAnalysis.Version, _analysis) { Similarity = CoordinatedBm25Similarity.Instance }))
        {
            for (var segment = 0; segment < 4; segment++)
            {
                for (var i = 0; i < 150; i++)
                {
                    var id = (segment * 150 + i).ToString(System.Globalization.CultureInfo.InvariantCulture);
                    var body = string.Join(' ', Enumerable.Range(0, random.Next(2, 9)).Select(_ => _words[random.Next(_words.Length)]));
                    writer.AddDocument(SearchFields.ToLucene(App(id, "Aplikasi " + id, body: body, access: i % 5 == 0 ? SearchAccess.Members : SearchAccess.Public)));
                }

                writer.Commit();
            }

            writer.DeleteDocuments(new Term(SearchFields.Key, "app:10"), new Term(SearchFields.Key, "app:400"));
            writer.Commit();
        }

        _reader = DirectoryReader.Open(_directory);
        _searcher = new IndexSearcher(_reader) { Similarity = CoordinatedBm25Similarity.Instance };
    }

    public void Dispose()
    {
        _reader.Dispose();
        _directory.Dispose();
        _analysis.Dispose();
    }

    [Theory]
    [InlineData(2)]
    [InlineData(3)]
    [InlineData(7)]
    public void Slices_rank_as_one_pass(int slices)
    {
        var query = new BooleanQuery(disableCoord: false)
        {
            { new TermQuery(new Term(SearchFields.Body, "parkir")), Occur.MUST },
            { new TermQuery(new Term(SearchFields.Body, "pasar")), Occur.SHOULD },
            { new TermQuery(new Term(SearchFields.Body, "data")), Occur.SHOULD },
        };
        var onePass = TopScoreDocCollector.Create(50, docsScoredInOrder: true);
        _searcher.Search(query, onePass);
        var expected = onePass.GetTopDocs();

        var (top, total, _) = ParallelRanking.Rank(_searcher, query, 50, null, [], slices, minSliceDocs: 1);

        Assert.Equal(onePass.TotalHits, total);
        Assert.True(total > 50, $"{total} matches: the page must be a choice");
        Assert.Equal(expected.ScoreDocs.Select(d => (d.Doc, d.Score)), top.ScoreDocs.Select(d => (d.Doc, d.Score)));
    }

    [Fact]
    public void The_tier_of_all_parts_but_one_no_document_has_is_their_conjunction_scored_the_same()
    {
        var parts = new BooleanQuery(disableCoord: false)
        {
            { new TermQuery(new Term(SearchFields.Body, "parkir")), Occur.SHOULD },
            { new TermQuery(new Term(SearchFields.Body, "tidakada")), Occur.SHOULD },
            { new TermQuery(new Term(SearchFields.Body, "pasar")), Occur.SHOULD },
        };
        var built = new BuiltQuery(parts, new HashSet<string>(), new HashSet<string>(), HadWords: true);

        var counted = _searcher.Search(built.AtLeast(2), 1000);
        var joined = _searcher.Search(built.AtLeast(2, new HashSet<int> { 1 }), 1000);

        Assert.True(counted.TotalHits > 20);
        Assert.Equal(counted.ScoreDocs.Select(d => (d.Doc, d.Score)), joined.ScoreDocs.Select(d => (d.Doc, d.Score)));
        Assert.All(((BooleanQuery)built.AtLeast(2, new HashSet<int> { 1 })).Clauses, c => Assert.Equal(c.Query == parts.Clauses[1].Query ? Occur.SHOULD : Occur.MUST, c.Occur));
    }

    [Fact]
    public void Slices_keep_the_viewer_access()
    {
        var query = new TermQuery(new Term(SearchFields.Body, "pajak"));
        var everyone = ParallelRanking.Rank(_searcher, query, 1000, null, [], slices: 3, minSliceDocs: 1);
        var anonymous = ParallelRanking.Rank(_searcher, query, 1000, new HashSet<string> { SearchAccess.Public }, [], slices: 3, minSliceDocs: 1);

        Assert.True(anonymous.Total < everyone.Total);
        Assert.All(anonymous.Top.ScoreDocs, d => Assert.NotEqual(0, int.Parse(_searcher.Doc(d.Doc).Get(SearchFields.Id), System.Globalization.CultureInfo.InvariantCulture) % 150 % 5));
    }

    [Theory]
    [InlineData(1, 1)]
    [InlineData(2, 1)]
    [InlineData(5, 1)]
    [InlineData(64, 1)]
    [InlineData(4, 1000)]
    public void Slices_cover_every_document_once_in_order(int count, int minSliceDocs)
    {
        var slices = ParallelRanking.Slices(_reader, count, minSliceDocs);

        var docs = slices.SelectMany(s => s).SelectMany(r => Enumerable.Range(r.From, r.To - r.From).Select(d => r.Leaf.DocBase + d)).ToList();
        Assert.Equal(Enumerable.Range(0, _reader.MaxDoc), docs);
        Assert.InRange(slices.Count, 1, Math.Clamp(Math.Min(count, _reader.MaxDoc / minSliceDocs), 1, 64));
        Assert.All(slices, s => Assert.True(s.Sum(r => r.To - r.From) > 0));
        Assert.InRange(slices.Max(s => s.Sum(r => r.To - r.From)) - slices.Min(s => s.Sum(r => r.To - r.From)), 0, _reader.MaxDoc / slices.Count + 1);
    }
}
