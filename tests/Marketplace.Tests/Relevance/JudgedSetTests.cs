using Marketplace.Testing.Relevance;
using Marketplace.Web.Features.Regions;

namespace Marketplace.Tests.Relevance;

/// <summary>The judged relevance set is internally honest: every judgment can be satisfied by a correct engine.</summary>
public sealed class JudgedSetTests
{
    private static readonly string[] _categories = ["morphology", "synonym", "typo", "filter-region", "filter-province", "duplicate", "phrase", "multi-word"];
    private static readonly string[] _types = ["app", "thread", "post", "practice"];
    private readonly JudgedSet _set = JudgedSet.Load();

    [Fact]
    public void Set_loads_with_at_least_150_documents_and_35_queries()
    {
        Assert.InRange(_set.Documents.Count, 150, 250);
        Assert.True(_set.Queries.Count >= 35, $"{_set.Queries.Count} queries");
        Assert.All(_set.Documents, d => Assert.False(string.IsNullOrWhiteSpace(d.Body), d.Id));
    }

    [Fact]
    public void Document_and_query_ids_are_unique_and_documents_are_prefixed_by_their_type()
    {
        Assert.Equal(_set.Queries.Count, _set.Queries.Select(q => q.Id).Distinct().Count());
        Assert.All(_set.Documents, d =>
        {
            Assert.Contains(d.Type, _types);
            Assert.StartsWith(d.Type + ":", d.Id, StringComparison.Ordinal);
        });
    }

    [Fact]
    public void Every_type_is_present_and_applications_carry_their_catalog_fields()
    {
        Assert.All(_types, t => Assert.Contains(_set.Documents, d => d.Type == t));
        Assert.All(_set.Documents.Where(d => d.Type == "app"), d =>
        {
            Assert.False(string.IsNullOrWhiteSpace(d.Title), d.Id);
            Assert.False(string.IsNullOrWhiteSpace(d.Summary), d.Id);
            Assert.NotNull(d.Category);
            Assert.NotNull(d.License);
            Assert.Contains(d.Maturity, new[] { "concept", "development", "beta", "stable", "obsolete" });
        });
    }

    [Fact]
    public void Posts_answer_threads_that_exist()
    {
        Assert.All(_set.Documents.Where(d => d.Type == "post"), d =>
        {
            Assert.NotNull(d.Thread);
            Assert.Equal("thread", _set.Find(d.Thread!)?.Type);
        });
    }

    [Fact]
    public void Every_referenced_id_exists_and_judgments_are_consistent()
    {
        Assert.All(_set.Queries, q =>
        {
            Assert.InRange(q.MustInTop5.Count, 1, JudgedSet.TopK);
            Assert.All(q.MustInTop5.Concat(q.MustNotInTop5), id => Assert.True(_set.Find(id) is not null, $"{q.Id}: unknown id {id}"));
            Assert.Empty(q.MustInTop5.Intersect(q.MustNotInTop5));
            Assert.Equal(q.MustInTop5.Count, q.MustInTop5.Distinct().Count());
            Assert.False(string.IsNullOrWhiteSpace(q.Why), q.Id);
        });
    }

    [Fact]
    public void Every_must_id_is_admitted_by_its_query_filters()
    {
        Assert.All(_set.Queries, q => Assert.All(q.MustInTop5, id => Assert.True(q.Filters.Matches(_set.Find(id)!), $"{q.Id}: {id} is outside {q.Filters}")));
    }

    [Fact]
    public void Every_category_has_at_least_three_queries_and_no_other_category_is_used()
    {
        Assert.All(_categories, c => Assert.True(_set.Queries.Count(q => q.Category == c) >= 3, c));
        Assert.All(_set.Queries, q => Assert.Contains(q.Category, _categories));
    }

    [Fact]
    public void Filter_queries_carry_the_filter_they_test()
    {
        Assert.All(_set.Queries.Where(q => q.Category == "filter-region"), q => Assert.NotNull(q.Filters.Region));
        Assert.All(_set.Queries.Where(q => q.Category == "filter-province"), q => Assert.NotNull(q.Filters.Province));
        Assert.All(_set.Queries.Where(q => q.Filters.Type is not null), q => Assert.Contains(q.Filters.Type, _types));
    }

    [Fact]
    public void Regions_of_documents_and_filters_exist_in_the_region_data()
    {
        var codes = RegionData.LoadAll().Select(r => r.Code).ToHashSet(StringComparer.Ordinal);
        Assert.All(_set.Documents, d => Assert.True(codes.Contains(d.Region), $"{d.Id}: region {d.Region}"));
        Assert.All(_set.Queries, q =>
        {
            Assert.True(q.Filters.Region is null || codes.Contains(q.Filters.Region), $"{q.Id}: region {q.Filters.Region}");
            Assert.True(q.Filters.Province is null || codes.Contains(q.Filters.Province), $"{q.Id}: province {q.Filters.Province}");
        });
    }

    [Fact]
    public void Filter_queries_have_a_must_not_document_outside_the_filter_that_would_otherwise_match()
    {
        // A filter test is only a test if something relevant-looking lies outside the filter.
        Assert.All(_set.Queries.Where(q => q.Category.StartsWith("filter-", StringComparison.Ordinal)), q =>
            Assert.Contains(q.MustNotInTop5, id => !q.Filters.Matches(_set.Find(id)!)));
    }

    [Fact]
    public void Phrase_queries_have_a_phrase_that_every_must_document_contains_word_for_word()
    {
        Assert.All(_set.Queries.Where(q => q.Category == "phrase"), q =>
        {
            var phrases = QueryText.Parse(q.Text).Where(p => p.IsPhrase).ToList();
            Assert.NotEmpty(phrases);
            Assert.All(q.MustInTop5, id =>
            {
                var document = _set.Find(id)!;
                var words = " " + string.Join(' ', QueryText.Words(document.Title + " " + document.FullBody)) + " ";
                Assert.All(phrases, p => Assert.Contains(" " + p.Text + " ", words, StringComparison.Ordinal));
            });
        });
    }

    [Fact]
    public void Duplicate_queries_expect_at_least_two_applications()
    {
        Assert.All(_set.Queries.Where(q => q.Category == "duplicate"), q =>
        {
            Assert.True(q.MustInTop5.Count >= 2, q.Id);
            Assert.All(q.MustInTop5, id => Assert.Equal("app", _set.Find(id)!.Type));
        });
    }

    [Fact]
    public void Province_of_a_regency_is_its_code_prefix_and_national_institutions_have_none()
    {
        Assert.Equal("16", _set.Find("app:parkir-palembang")!.Province);
        Assert.Equal("33", _set.Find("app:grms-jateng")!.Province);
        Assert.Null(_set.Find("app:splp")!.Province);
    }
}
