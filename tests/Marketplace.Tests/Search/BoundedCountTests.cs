using Marketplace.Web.Features.Search;
using static Marketplace.Tests.Search.TempSearchIndex;

namespace Marketplace.Tests.Search;

/// <summary>
/// Queries of three or more words ranked among the documents with all the words (or all but one), and counted only up to the bound
/// (here 5, and 3 documents with all words needed, so that a handful of documents shows it).
/// </summary>
public sealed class BoundedCountTests : IDisposable
{
    private readonly TempSearchIndex _temp = new(new SearchOptions { CountBound = 5, AllWordsMinimum = 3 });

    public BoundedCountTests()
    {
        var documents = new List<SearchDocument>();
        for (var i = 0; i < 6; i++)
        {
            documents.Add(App($"all{i}", $"Jembatan sungai menara {i}", body: string.Join(' ', Enumerable.Repeat("jembatan", i + 1)), region: i % 2 == 0 ? "33.74" : "16.71"));
        }

        for (var i = 0; i < 4; i++)
        {
            documents.Add(App($"two{i}", $"Jembatan sungai {i}", body: "jembatan sungai jembatan sungai"));
            documents.Add(App($"one{i}", $"Jembatan {i}", region: "16.71"));
        }

        documents.Add(App("rare", "Jembatan sungai pelabuhan"));
        _temp.AddAsync([.. documents]).GetAwaiter().GetResult();
    }

    public void Dispose() => _temp.Dispose();

    [Fact]
    public void Several_words_with_enough_documents_having_all_of_them_report_a_lower_bound_and_the_same_page()
    {
        var bounded = _temp.Index.Search(new SearchRequest { Text = "jembatan sungai menara", WithFacets = false, PageSize = 6 });
        var exhaustive = _temp.Index.Search(new SearchRequest { Text = "jembatan sungai menara", WithFacets = false, PageSize = 6, Exhaustive = true });

        Assert.Equal(5, bounded.Total);
        Assert.True(bounded.TotalIsLowerBound);
        Assert.Equal(15, exhaustive.Total);
        Assert.False(exhaustive.TotalIsLowerBound);
        Assert.Equal(Ids(exhaustive), Ids(bounded));
        Assert.All(Ids(bounded), id => Assert.StartsWith("all", id, StringComparison.Ordinal));
    }

    [Fact]
    public void The_facets_of_a_bounded_search_are_those_of_the_first_matches()
    {
        var results = _temp.Index.Search(new SearchRequest { Text = "jembatan sungai menara", PageSize = 5 });

        Assert.True(results.TotalIsLowerBound);
        Assert.Equal(5, results.Total);
        Assert.Equal(5, results.Facets[SearchFacets.Type].Sum(v => v.Count));
        Assert.Equal(5, results.Facets[SearchFacets.Province].Sum(v => v.Count));
    }

    [Fact]
    public void A_filter_applies_to_the_documents_with_all_words_and_to_the_count()
    {
        var results = _temp.Index.Search(new SearchRequest { Text = "jembatan sungai menara", Province = "33", WithFacets = false, PageSize = 3 });
        var exhaustive = _temp.Index.Search(new SearchRequest { Text = "jembatan sungai menara", Province = "33", WithFacets = false, Exhaustive = true });

        Assert.Equal(["all0", "all2", "all4"], Ids(results).Order(StringComparer.Ordinal));
        Assert.Equal(5, results.Total);
        Assert.True(results.TotalIsLowerBound);
        Assert.Equal(3 + 4 + 1, exhaustive.Total);
    }

    [Fact]
    public void One_or_two_words_are_counted_exactly_beyond_the_bound()
    {
        var one = _temp.Index.Search(new SearchRequest { Text = "jembatan" });
        var two = _temp.Index.Search(new SearchRequest { Text = "sungai menara" });

        Assert.Equal(15, one.Total);
        Assert.False(one.TotalIsLowerBound);
        Assert.Equal(11, two.Total);
        Assert.False(two.TotalIsLowerBound);
        Assert.Equal(15, one.Facets[SearchFacets.Type].Single().Count);
    }

    [Fact]
    public void With_too_few_documents_having_all_words_the_page_is_ranked_among_those_missing_one()
    {
        var bounded = _temp.Index.Search(new SearchRequest { Text = "jembatan sungai pelabuhan", WithFacets = false, PageSize = 5 });
        var exhaustive = _temp.Index.Search(new SearchRequest { Text = "jembatan sungai pelabuhan", WithFacets = false, PageSize = 5, Exhaustive = true });

        Assert.Equal(5, bounded.Total);
        Assert.True(bounded.TotalIsLowerBound);
        Assert.Equal("rare", Ids(bounded)[0]);
        Assert.Equal(Ids(exhaustive), Ids(bounded));
    }

    [Fact]
    public void With_too_few_documents_having_all_or_all_but_one_word_every_match_is_scored_and_counted()
    {
        var results = _temp.Index.Search(new SearchRequest { Text = "jembatan sungai pelabuhan" });

        Assert.Equal(15, results.Total);
        Assert.False(results.TotalIsLowerBound);
        Assert.Equal("rare", Ids(results)[0]);
    }

    [Fact]
    public void A_page_deeper_than_the_documents_with_all_or_all_but_one_word_ranks_every_match()
    {
        var results = _temp.Index.Search(new SearchRequest { Text = "jembatan sungai menara", Page = 3, PageSize = 5, WithFacets = false });

        Assert.Equal(15, results.Total);
        Assert.False(results.TotalIsLowerBound);
        Assert.Equal(5, results.Hits.Count);
    }

    private static List<string> Ids(SearchResults results) => [.. results.Hits.Select(h => h.Id)];
}
