namespace Marketplace.Testing.Relevance;

/// <summary>What one engine answered to one judged query, and how it fared.</summary>
public sealed record QueryOutcome(JudgedQuery Query, IReadOnlyList<string> Ranked, TimeSpan Took)
{
    public IReadOnlyList<string> Top5 => [.. Ranked.Take(JudgedSet.TopK)];

    /// <summary>Must-ids absent from the first five.</summary>
    public IReadOnlyList<string> Missing => [.. Query.MustInTop5.Where(id => !Top5.Contains(id))];

    /// <summary>Must-not ids present in the first five.</summary>
    public IReadOnlyList<string> Intruding => [.. Query.MustNotInTop5.Where(Top5.Contains)];

    public bool Passed => Missing.Count == 0 && Intruding.Count == 0;

    /// <summary>1 / rank of the first must-id anywhere in the ranked list; 0 when none was returned.</summary>
    public double ReciprocalRank
    {
        get
        {
            var rank = Ranked.Select((id, i) => (id, i)).FirstOrDefault(x => Query.MustInTop5.Contains(x.id), (id: "", i: -1)).i;
            return rank < 0 ? 0 : 1.0 / (rank + 1);
        }
    }

    /// <summary>Share of the must-ids found in the first five.</summary>
    public double RecallAt5 => Query.MustInTop5.Count == 0 ? 1 : (double)(Query.MustInTop5.Count - Missing.Count) / Query.MustInTop5.Count;
}

/// <summary>Pass rate, MRR and recall@5 over a group of outcomes (all queries, or one category).</summary>
public sealed record RelevanceSummary(string Name, int Queries, int Passed, double Mrr, double RecallAt5)
{
    public double PassRate => Queries == 0 ? 0 : (double)Passed / Queries;

    public static RelevanceSummary Of(string name, IReadOnlyCollection<QueryOutcome> outcomes) =>
        new(name, outcomes.Count, outcomes.Count(o => o.Passed),
            outcomes.Count == 0 ? 0 : outcomes.Average(o => o.ReciprocalRank),
            outcomes.Count == 0 ? 0 : outcomes.Average(o => o.RecallAt5));
}

/// <summary>An engine's results over the whole judged set.</summary>
public sealed record RelevanceReport(IReadOnlyList<QueryOutcome> Outcomes)
{
    public RelevanceSummary Overall => RelevanceSummary.Of("all", [.. Outcomes]);

    /// <summary>One summary per category, in the order categories first appear in the judged set.</summary>
    public IReadOnlyList<RelevanceSummary> ByCategory =>
        [.. Outcomes.GroupBy(o => o.Query.Category).Select(g => RelevanceSummary.Of(g.Key, [.. g]))];

    /// <summary>One line per failed query (what was missing or intruding, and the top 5), for assertion messages and logs.</summary>
    public string FailuresText() =>
        string.Join(Environment.NewLine, Outcomes.Where(o => !o.Passed).Select(o =>
            $"{o.Query.Id} [{o.Query.Category}] \"{o.Query.Text}\" {o.Query.Filters}: missing {string.Join(", ", o.Missing)}"
            + (o.Intruding.Count > 0 ? "; intruding " + string.Join(", ", o.Intruding) : "")
            + $"; top 5: {string.Join(", ", o.Top5)}"));
}

/// <summary>
/// Runs every judged query through a search function (query → ranked document ids, best first) and scores it: a query
/// passes when all its must-ids are in the first five and none of its must-not ids is.
/// </summary>
public static class RelevanceScorer
{
    public static RelevanceReport Score(IEnumerable<JudgedQuery> queries, Func<JudgedQuery, IReadOnlyList<string>> search)
    {
        ArgumentNullException.ThrowIfNull(queries);
        ArgumentNullException.ThrowIfNull(search);
        var outcomes = new List<QueryOutcome>();
        foreach (var query in queries)
        {
            var started = System.Diagnostics.Stopwatch.GetTimestamp();
            var ranked = search(query);
            outcomes.Add(new QueryOutcome(query, ranked, System.Diagnostics.Stopwatch.GetElapsedTime(started)));
        }

        return new RelevanceReport(outcomes);
    }
}
