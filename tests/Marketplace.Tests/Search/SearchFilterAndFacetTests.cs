using Marketplace.Web.Features.Search;
using static Marketplace.Tests.Search.TempSearchIndex;

namespace Marketplace.Tests.Search;

/// <summary>Five documents whose facets are counted by hand in each test.</summary>
public sealed class SearchFilterAndFacetTests : IDisposable
{
    private readonly TempSearchIndex _temp = new();

    public SearchFilterAndFacetTests() =>
        _temp.AddAsync(
            App("a", "Data keuangan A", region: "33.74", categories: ["finance", "payment"], license: "MIT", maturity: "stable", date: On(1)),
            App("b", "Data keuangan B", region: "33.01", categories: ["finance"], license: "GPL-3.0", maturity: "beta", date: On(2)),
            App("c", "Data kesehatan C", region: "16.71", categories: ["health"], license: "MIT", maturity: "stable", date: On(3)),
            Doc(SearchType.Thread, "d", "Data provinsi D", "Diskusi", region: "33", date: On(4)),
            Doc(SearchType.Practice, "e", "Data nasional E", "Praktik", region: "00.01", date: On(5))).GetAwaiter().GetResult();

    public void Dispose() => _temp.Dispose();

    [Fact]
    public void Without_filters_every_facet_counts_every_hit_most_frequent_first()
    {
        var results = Search(new SearchRequest { Text = "data" });

        Assert.Equal(5, results.Total);
        Assert.Equal([new("app", 3), new("practice", 1), new("thread", 1)], results.Facets[SearchFacets.Type]);
        Assert.Equal([new("33", 3), new("16", 1)], results.Facets[SearchFacets.Province]);
        Assert.Equal(5, results.Facets[SearchFacets.Region].Count);
        Assert.Equal([new("finance", 2), new("health", 1), new("payment", 1)], results.Facets[SearchFacets.Category]);
        Assert.Equal([new("MIT", 2), new("GPL-3.0", 1)], results.Facets[SearchFacets.License]);
        Assert.Equal([new("stable", 2), new("beta", 1)], results.Facets[SearchFacets.Maturity]);
    }

    [Fact]
    public void A_province_takes_the_province_and_everything_in_it_and_its_facet_still_shows_the_others()
    {
        var results = Search(new SearchRequest { Text = "data", Province = "33" });

        Assert.Equal(["a", "b", "d"], Ids(results));
        Assert.Equal([new("33", 3), new("16", 1)], results.Facets[SearchFacets.Province]);
        Assert.Equal([new("app", 2), new("thread", 1)], results.Facets[SearchFacets.Type]);
        Assert.Equal([new("GPL-3.0", 1), new("MIT", 1)], results.Facets[SearchFacets.License]);
    }

    [Fact]
    public void Each_facet_is_counted_within_all_the_other_filters()
    {
        var results = Search(new SearchRequest { Text = "data", Province = "33", Type = SearchType.App });

        Assert.Equal(["a", "b"], Ids(results));
        Assert.Equal([new("app", 2), new("thread", 1)], results.Facets[SearchFacets.Type]);
        Assert.Equal([new("33", 2), new("16", 1)], results.Facets[SearchFacets.Province]);
        Assert.Equal([new("finance", 2), new("payment", 1)], results.Facets[SearchFacets.Category]);
    }

    [Fact]
    public void A_category_matches_documents_that_carry_it_among_others()
    {
        var results = Search(new SearchRequest { Text = "data", Category = "payment" });

        Assert.Equal(["a"], Ids(results));
        Assert.Equal([new("finance", 2), new("health", 1), new("payment", 1)], results.Facets[SearchFacets.Category]);
    }

    [Fact]
    public void A_region_is_exact_license_and_maturity_too()
    {
        Assert.Equal(["d"], Ids(Search(new SearchRequest { Text = "data", Region = "33" })));
        Assert.Equal(["a", "c"], Ids(Search(new SearchRequest { Text = "data", License = "MIT" })));
        Assert.Equal(["b"], Ids(Search(new SearchRequest { Text = "data", Maturity = "beta" })));
        Assert.Empty(Ids(Search(new SearchRequest { Text = "data", Maturity = "unknown" })));
    }

    [Fact]
    public void Filters_apply_the_same_without_facets()
    {
        var results = Search(new SearchRequest { Text = "data", Province = "33", Type = SearchType.App, WithFacets = false });

        Assert.Equal(["a", "b"], Ids(results));
        Assert.Empty(results.Facets);
    }

    [Fact]
    public void Date_sort_puts_the_newest_first()
    {
        var results = Search(new SearchRequest { Text = "data", Sort = SearchSort.Date });

        Assert.Equal(["e", "d", "c", "b", "a"], results.Hits.Select(h => h.Id));
        Assert.Equal(On(5), results.Hits[0].Date);
    }

    [Fact]
    public void Empty_text_with_a_filter_browses_by_date()
    {
        var results = Search(new SearchRequest { Text = "  ", Province = "33" });

        Assert.Equal(["d", "b", "a"], results.Hits.Select(h => h.Id));
        Assert.Equal(3, results.Facets[SearchFacets.Province][0].Count);
    }

    [Theory]
    [InlineData(1, 2, 2)]
    [InlineData(3, 2, 1)]
    [InlineData(4, 2, 0)]
    [InlineData(int.MaxValue, 2, 0)]
    [InlineData(0, 2, 2)]
    [InlineData(-7, 2, 2)]
    [InlineData(1, 0, 1)]
    [InlineData(1, -1, 1)]
    [InlineData(1, int.MaxValue, 5)]
    public void Paging_clamps_bad_values_and_a_page_past_the_end_is_empty(int page, int pageSize, int expectedHits)
    {
        var results = Search(new SearchRequest { Text = "data", Page = page, PageSize = pageSize, Sort = SearchSort.Date });

        Assert.Equal(5, results.Total);
        Assert.Equal(expectedHits, results.Hits.Count);
    }

    [Fact]
    public void Pages_do_not_overlap()
    {
        var pages = Enumerable.Range(1, 3).SelectMany(p => Search(new SearchRequest { Text = "data", Page = p, PageSize = 2 }).Hits.Select(h => h.Id));

        Assert.Equal(5, pages.Distinct().Count());
    }

    [Fact]
    public void A_hit_carries_what_the_page_shows()
    {
        var hit = Search(new SearchRequest { Text = "kesehatan" }).Hits.Single();

        Assert.Equal((SearchType.App, "c", "Data kesehatan C", "/katalog/c", "16.71", "Wilayah 16.71"), (hit.Type, hit.Id, hit.Title, hit.Url, hit.RegionCode, hit.RegionName));
        Assert.True(hit.Score > 0);
    }

    private SearchResults Search(SearchRequest request) =>
        _temp.Index.Search(request with { Viewer = new SearchViewer(true, null, SeesAllRegions: true) });

    private static string[] Ids(SearchResults results) => [.. results.Hits.Select(h => h.Id).Order(StringComparer.Ordinal)];

    private static DateTimeOffset On(int month) => new(2026, month, 1, 0, 0, 0, TimeSpan.Zero);
}
