using System.Globalization;
using Marketplace.Testing;
using Marketplace.Testing.Relevance;
using Npgsql;
using SearchBaselines;

// Loads the judged corpus (tests/Marketplace.Testing/Relevance) into SQLite FTS5, PostgreSQL full-text search and the
// platform's Lucene index,
// runs every judged query through each, and prints pass rates per category and latency per query category.
// Usage: dotnet run -c Release --project bench/search/SearchBaselines [-- --repeat 50] [--no-postgres] [--failures]
var repeat = args.SkipWhile(a => a != "--repeat").Skip(1).Select(int.Parse).DefaultIfEmpty(30).First();
var withPostgres = !args.Contains("--no-postgres");
var showFailures = args.Contains("--failures");
var set = JudgedSet.Load();
Console.WriteLine($"Judged set: {set.Documents.Count} documents, {set.Queries.Count} queries; latency: {repeat} runs of every query after one warm-up run.");

var baselines = new List<ISearchBaseline> { new Fts5Baseline(titleWeight: 10, bodyWeight: 1) };
PostgresServer? server = null;
NpgsqlDataSource? dataSource = null;
if (withPostgres)
{
    server = await PostgresServer.StartAsync();
    await using (var admin = NpgsqlDataSource.Create(server.ConnectionString("postgres")))
    {
        await using var create = admin.CreateCommand("CREATE DATABASE relevance");
        await create.ExecuteNonQueryAsync();
        await using var configurations = admin.CreateCommand("SELECT string_agg(cfgname::text, ' ' ORDER BY cfgname) FROM pg_ts_config");
        Console.WriteLine($"PostgreSQL text search configurations: {await configurations.ExecuteScalarAsync()}");
    }

    dataSource = NpgsqlDataSource.Create(server.ConnectionString("relevance"));
    baselines.Add(new PostgresBaseline(dataSource, "indonesian"));
    baselines.Add(new PostgresBaseline(dataSource, "simple"));
}

baselines.Add(new LuceneBaseline(similarForDuplicates: false));
baselines.Add(new LuceneBaseline(similarForDuplicates: true));

try
{
    var reports = new List<(ISearchBaseline Baseline, RelevanceReport Report, Dictionary<string, List<double>> Latency)>();
    foreach (var baseline in baselines)
    {
        await baseline.LoadAsync(set.Documents);
        var report = RelevanceScorer.Score(set.Queries, q => baseline.Search(q, 10));
        reports.Add((baseline, report, Latencies(baseline, set.Queries, repeat)));
        Console.WriteLine($"- {baseline.Name}: {baseline.Setup}");
    }

    Console.WriteLine();
    Console.WriteLine("Pass rate (all must-ids in the top 5, no must-not id), per category; MRR and recall@5 overall:");
    Console.WriteLine();
    Console.WriteLine("| category | queries | " + string.Join(" | ", reports.Select(r => r.Baseline.Name)) + " |");
    Console.WriteLine("| --- | --- | " + string.Join(" | ", reports.Select(_ => "---")) + " |");
    foreach (var category in reports[0].Report.ByCategory.Select(c => c.Name))
    {
        var cells = reports.Select(r => r.Report.ByCategory.Single(c => c.Name == category)).Select(c => $"{c.Passed}/{c.Queries} ({Percent(c.PassRate)})");
        Console.WriteLine($"| {category} | {reports[0].Report.ByCategory.Single(c => c.Name == category).Queries} | {string.Join(" | ", cells)} |");
    }

    Console.WriteLine($"| **all** | {set.Queries.Count} | " + string.Join(" | ", reports.Select(r => $"**{r.Report.Overall.Passed}/{r.Report.Overall.Queries} ({Percent(r.Report.Overall.PassRate)})**")) + " |");
    Console.WriteLine("| MRR | | " + string.Join(" | ", reports.Select(r => r.Report.Overall.Mrr.ToString("0.000", CultureInfo.InvariantCulture))) + " |");
    Console.WriteLine("| recall@5 | | " + string.Join(" | ", reports.Select(r => r.Report.Overall.RecallAt5.ToString("0.000", CultureInfo.InvariantCulture))) + " |");

    Console.WriteLine();
    Console.WriteLine("Latency per query (ms), p50 / p95 over every run of the category's queries:");
    Console.WriteLine();
    Console.WriteLine("| category | " + string.Join(" | ", reports.Select(r => r.Baseline.Name)) + " |");
    Console.WriteLine("| --- | " + string.Join(" | ", reports.Select(_ => "---")) + " |");
    foreach (var category in reports[0].Latency.Keys)
    {
        Console.WriteLine($"| {category} | " + string.Join(" | ", reports.Select(r => $"{Ms(r.Latency[category], 0.50)} / {Ms(r.Latency[category], 0.95)}")) + " |");
    }

    if (showFailures)
    {
        foreach (var (baseline, report, _) in reports)
        {
            Console.WriteLine();
            Console.WriteLine($"Failures of {baseline.Name}:");
            Console.WriteLine(report.FailuresText());
        }
    }
}
finally
{
    foreach (var baseline in baselines)
    {
        await baseline.DisposeAsync();
    }

    if (dataSource is not null)
    {
        await dataSource.DisposeAsync();
    }

    if (server is not null)
    {
        await server.DisposeAsync();
    }
}

static Dictionary<string, List<double>> Latencies(ISearchBaseline baseline, IReadOnlyList<JudgedQuery> queries, int repeat)
{
    var byCategory = new Dictionary<string, List<double>>();
    foreach (var query in queries)
    {
        baseline.Search(query, 10);
        var samples = byCategory.TryGetValue(query.Category, out var list) ? list : byCategory[query.Category] = [];
        for (var i = 0; i < repeat; i++)
        {
            var started = System.Diagnostics.Stopwatch.GetTimestamp();
            baseline.Search(query, 10);
            samples.Add(System.Diagnostics.Stopwatch.GetElapsedTime(started).TotalMilliseconds);
        }
    }

    return byCategory;
}

static string Percent(double rate) => rate.ToString("0%", CultureInfo.InvariantCulture);

static string Ms(List<double> samples, double quantile)
{
    var sorted = samples.Order().ToList();
    return sorted[Math.Min(sorted.Count - 1, (int)Math.Ceiling(quantile * sorted.Count) - 1)].ToString("0.00", CultureInfo.InvariantCulture);
}
