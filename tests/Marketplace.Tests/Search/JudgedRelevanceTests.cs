using System.Globalization;
using Marketplace.Testing.Relevance;
using Xunit.Abstractions;

namespace Marketplace.Tests.Search;

/// <summary>
/// The judged relevance set of issue 6 (tests/Marketplace.Testing/Relevance) through the real Lucene index. Every query,
/// the duplicate ones included, goes through <c>Search</c> with its filters, as the search page sends it.
/// </summary>
public sealed class JudgedRelevanceTests(ITestOutputHelper output) : IDisposable
{
    private readonly TempSearchIndex _temp = new();

    public void Dispose() => _temp.Dispose();

    [Fact]
    public async Task Lucene_passes_more_judged_queries_than_the_best_baseline()
    {
        var set = JudgedSet.Load();
        await JudgedIndex.LoadAsync(_temp.Index, set);

        var report = RelevanceScorer.Score(set.Queries, q => JudgedIndex.Ranked(_temp.Index.Search(JudgedIndex.ToRequest(q))));

        foreach (var category in report.ByCategory)
        {
            output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{category.Name}: {category.Passed}/{category.Queries} MRR {category.Mrr:0.000}"));
        }

        output.WriteLine(report.FailuresText());
        Assert.True(report.Overall.Passed > 36, $"{report.Overall.Passed}/57 passed:\n{report.FailuresText()}");
    }
}
