using Marketplace.Testing.Relevance;

namespace Marketplace.Tests.Relevance;

/// <summary>The scorer's pass/fail, MRR and recall@5 on a tiny hand-made set with known answers.</summary>
public sealed class RelevanceScorerTests
{
    private const string Corpus = """
        { "documents": [
          { "id": "app:a", "type": "app", "title": "A", "body": "a", "region": "33.74" },
          { "id": "app:b", "type": "app", "title": "B", "body": "b", "region": "33" },
          { "id": "app:c", "type": "app", "title": "C", "body": "c", "region": "16.71" },
          { "id": "post:d", "type": "post", "body": "d", "region": "16.71", "thread": "thread:e" },
          { "id": "thread:e", "type": "thread", "title": "E", "body": "e", "region": "00.01" },
          { "id": "app:f", "type": "app", "title": "F", "body": "f", "region": "32.73" },
          { "id": "app:g", "type": "app", "title": "G", "body": "g", "region": "32.73" }
        ] }
        """;

    private const string Judgments = """
        { "queries": [
          { "id": "q1", "category": "morphology", "text": "one", "mustInTop5": ["app:a", "app:b"] },
          { "id": "q2", "category": "morphology", "text": "two", "mustInTop5": ["app:c"], "mustNotInTop5": ["app:f"] },
          { "id": "q3", "category": "synonym", "text": "three", "filters": { "province": "33" }, "mustInTop5": ["app:a", "app:b"] },
          { "id": "q4", "category": "synonym", "text": "four", "mustInTop5": ["thread:e"] }
        ] }
        """;

    private static readonly Dictionary<string, string[]> _answers = new()
    {
        ["q1"] = ["app:b", "app:c", "app:a"],                                // pass; first must at rank 1
        ["q2"] = ["app:f", "app:c"],                                         // fails: must-not f is in the top 5; RR 1/2
        ["q3"] = ["app:c", "post:d", "thread:e", "app:f", "app:g", "app:a"], // fails: b absent, a at rank 6; RR 1/6
        ["q4"] = [],                                                         // fails: nothing returned; RR 0
    };

    private readonly RelevanceReport _report = RelevanceScorer.Score(JudgedSet.Parse(Corpus, Judgments).Queries, q => _answers[q.Id]);

    [Fact]
    public void Query_outcomes_are_judged_on_the_first_five_only()
    {
        Assert.Equal([true, false, false, false], _report.Outcomes.Select(o => o.Passed));
        Assert.Equal(["app:f"], _report.Outcomes[1].Intruding);
        Assert.Equal(["app:a", "app:b"], _report.Outcomes[2].Missing);
        Assert.Equal(5, _report.Outcomes[2].Top5.Count);
    }

    [Fact]
    public void Failures_text_names_each_failed_query_with_what_went_wrong()
    {
        var lines = _report.FailuresText().Split(Environment.NewLine);
        Assert.Equal(3, lines.Length);
        Assert.StartsWith("q2 [morphology] \"two\" : missing ; intruding app:f; top 5: app:f, app:c", lines[0], StringComparison.Ordinal);
        Assert.Equal("q3 [synonym] \"three\" province=33: missing app:a, app:b; top 5: app:c, post:d, thread:e, app:f, app:g", lines[1]);
    }

    [Fact]
    public void Reciprocal_rank_and_recall_have_known_values()
    {
        Assert.Equal([1.0, 0.5, 1.0 / 6, 0], _report.Outcomes.Select(o => o.ReciprocalRank));
        Assert.Equal([1.0, 1.0, 0, 0], _report.Outcomes.Select(o => o.RecallAt5));
    }

    [Fact]
    public void Summaries_overall_and_per_category_have_known_values()
    {
        var overall = _report.Overall;
        Assert.Equal((4, 1, 0.25), (overall.Queries, overall.Passed, overall.PassRate));
        Assert.Equal((1 + 0.5 + 1.0 / 6) / 4, overall.Mrr, 10);
        Assert.Equal(0.5, overall.RecallAt5, 10);

        var categories = _report.ByCategory;
        Assert.Equal(["morphology", "synonym"], categories.Select(c => c.Name));
        Assert.Equal((2, 1, 0.75, 1.0), (categories[0].Queries, categories[0].Passed, categories[0].Mrr, categories[0].RecallAt5));
        Assert.Equal((2, 0, 1.0 / 12, 0.0), (categories[1].Queries, categories[1].Passed, categories[1].Mrr, categories[1].RecallAt5));
    }

    [Fact]
    public void Filters_parse_and_match_by_type_province_and_exact_region()
    {
        var set = JudgedSet.Parse(Corpus, Judgments);
        Assert.Equal(["app:a", "app:b"], set.Admitted(set.Queries[2].Filters).Select(d => d.Id));
        Assert.Equal(["app:f", "app:g"], set.Admitted(new SearchFilters { Region = "32.73" }).Select(d => d.Id));
        Assert.Equal(["post:d"], set.Admitted(new SearchFilters { Type = "post", Province = "16" }).Select(d => d.Id));
        Assert.Empty(set.Admitted(new SearchFilters { Province = "00" }));
        Assert.True(set.Queries[0].Filters.IsEmpty);
    }

    [Fact]
    public void A_corpus_with_a_repeated_id_is_refused()
    {
        const string repeated = """{ "documents": [ { "id": "app:a", "type": "app", "body": "a", "region": "33" }, { "id": "app:a", "type": "app", "body": "b", "region": "33" } ] }""";
        var error = Assert.Throws<FormatException>(() => JudgedSet.Parse(repeated, """{ "queries": [] }"""));
        Assert.Contains("app:a", error.Message, StringComparison.Ordinal);
    }
}
