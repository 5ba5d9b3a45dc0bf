using System.Globalization;
using Marketplace.Web.Features.Search;
using Marketplace.Web.Features.Search.Index;
using static Marketplace.Tests.Search.TempSearchIndex;

namespace Marketplace.Tests.Search;

/// <summary>
/// A word or phrase whose best documents sit in a few windows of a large index: ranking skips the other windows, so the
/// page is the full search's page and the total is counted up to the bound (here 500); a narrow word stays exact.
/// </summary>
public sealed class SkippedWindowsCountTests : IDisposable
{
    private const int _documents = 3 * ScoreBounds.WindowSize;

    private readonly TempSearchIndex _temp = new(new SearchOptions { CountBound = 500 });

    public SkippedWindowsCountTests()
    {
        var random = new Random(5);
        var documents = new List<SearchDocument>();
        for (var i = 0; i < _documents; i++)
        {
            var id = i.ToString(CultureInfo.InvariantCulture);

            // Every reply mentions electronic parking once in a long text; thirty applications in the middle are named for it.
            var named = i >= ScoreBounds.WindowSize && i < ScoreBounds.WindowSize + 30;
            var body = string.Join(' ', Enumerable.Range(0, random.Next(20, 60)).Select(n => n == 3 ? "parkir elektronik" : "laporan"));
            documents.Add(named ? App(id, "Parkir elektronik " + id, summary: "Parkir elektronik") : Doc(SearchType.Post, id, "Balasan " + id, body + (i % 100 == 0 ? " kios" : "")));
        }

        _temp.AddAsync([.. documents]).GetAwaiter().GetResult();
    }

    public void Dispose() => _temp.Dispose();

    [Theory]
    [InlineData("parkir")]
    [InlineData("\"parkir elektronik\"")]
    public void A_broad_search_skips_windows_reports_a_lower_bound_and_the_full_searchs_page(string text)
    {
        var bounded = _temp.Index.Search(new SearchRequest { Text = text, WithFacets = false, PageSize = 20 });
        var exhaustive = _temp.Index.Search(new SearchRequest { Text = text, WithFacets = false, PageSize = 20, Exhaustive = true });

        Assert.True(bounded.TotalIsLowerBound);
        Assert.Equal(500, bounded.Total);
        Assert.False(exhaustive.TotalIsLowerBound);
        Assert.True(exhaustive.Total > 500);
        Assert.Equal(exhaustive.Hits.Select(h => (h.Id, h.Score)), bounded.Hits.Select(h => (h.Id, h.Score)));
        Assert.All(bounded.Hits, h => Assert.Equal(SearchType.App, h.Type));
    }

    [Fact]
    public void A_search_with_fewer_matches_than_the_bound_counts_them_exactly()
    {
        var results = _temp.Index.Search(new SearchRequest { Text = "kios", WithFacets = false, PageSize = 5 });

        Assert.False(results.TotalIsLowerBound);
        Assert.Equal(_documents / 100 + 1, results.Total);
    }
}
