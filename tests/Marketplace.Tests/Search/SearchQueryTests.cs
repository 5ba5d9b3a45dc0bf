using Marketplace.Web.Features.Regions;
using Marketplace.Web.Features.Search;

namespace Marketplace.Tests.Search;

/// <summary>The search page's and API's query string: what is accepted, and each refusal named, never guessed.</summary>
public sealed class SearchQueryTests
{
    private static readonly RegionSnapshot _regions =
        new(RegionData.LoadAll().Select(r => new RegionInfo(r.Code, r.Name, r.Kind, r.ParentCode)));

    [Fact]
    public void Accepted_values_become_the_request()
    {
        var request = SearchQuery.Parse(
            new RawSearchQuery(" layanan  ", "Thread", "33", "33.74", "hr", "MIT", "STABLE", "terbaru", "2", "10"), _regions, out var errors);

        Assert.Empty(errors);
        Assert.Equal(("layanan", SearchType.Thread, "33", "33.74"), (request.Text, request.Type, request.Province, request.Region));
        Assert.Equal(("hr", "MIT", "stable", SearchSort.Date, 2, 10), (request.Category, request.License, request.Maturity, request.Sort, request.Page, request.PageSize));
    }

    [Theory]
    [InlineData("kucing", null, null, null, null, "type", SearchProblem.Unknown)]
    [InlineData(null, "99", null, null, null, "province", SearchProblem.Unknown)]
    [InlineData(null, "33.74", null, null, null, "province", SearchProblem.Unknown)]
    [InlineData(null, null, "33.99", null, null, "region", SearchProblem.Unknown)]
    [InlineData(null, null, null, "0", null, "page", SearchProblem.OutOfRange)]
    [InlineData(null, null, null, "-5", null, "page", SearchProblem.OutOfRange)]
    [InlineData(null, null, null, "99999999", null, "page", SearchProblem.OutOfRange)]
    [InlineData(null, null, null, "99999999999999999999", null, "page", SearchProblem.NotANumber)]
    [InlineData(null, null, null, "abc", null, "page", SearchProblem.NotANumber)]
    [InlineData(null, null, null, null, "51", "pageSize", SearchProblem.OutOfRange)]
    public void A_value_that_cannot_be_used_is_named_and_left_out(string? type, string? province, string? region, string? page, string? pageSize, string parameter, SearchProblem problem)
    {
        var request = SearchQuery.Parse(new RawSearchQuery("layanan", type, province, region, Page: page, PageSize: pageSize), _regions, out var errors);

        var error = Assert.Single(errors);
        Assert.Equal((parameter, problem), (error.Parameter, error.Problem));
        Assert.Equal(new SearchRequest { Text = "layanan" }, request);
    }

    [Fact]
    public void A_query_longer_than_500_characters_is_refused_and_not_echoed_whole()
    {
        var request = SearchQuery.Parse(new RawSearchQuery(new string('a', 5000)), _regions, out var errors);

        var error = Assert.Single(errors);
        Assert.Equal(("q", SearchProblem.TooLong), (error.Parameter, error.Problem));
        Assert.True(error.Value.Length <= 61);
        Assert.Equal("", request.Text);
    }

    [Fact]
    public void Links_carry_the_accepted_filters_and_drop_the_page()
    {
        var links = new SearchLinks(new SearchRequest { Text = "e-parkir & co", Province = "16", Sort = SearchSort.Date, Page = 3 });

        Assert.Equal("/cari?q=e-parkir%20%26%20co&province=16&sort=terbaru&type=app", links.With(SearchFacets.Type, "app"));
        Assert.Equal("/cari?q=e-parkir%20%26%20co&sort=terbaru", links.Without(SearchFacets.Province));
        Assert.Equal("/cari?q=e-parkir%20%26%20co&province=16&sort=terbaru&halaman=2", links.Page(2));
        Assert.Equal("/cari?q=e-parkir%20%26%20co&province=16&sort=relevansi", links.Sorted(SearchSort.Relevance));
    }
}
