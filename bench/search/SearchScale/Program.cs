using System.Diagnostics;
using System.Globalization;
using Marketplace.Testing;
using Npgsql;
using SearchScale;

// Search at scale: the Lucene index that `reindex` built in a data folder, beside SQLite FTS5 and PostgreSQL full-text search
// loaded with the same documents from that folder's database; every engine asked the same mixed query set in turns,
// so that noise on a shared machine falls on all of them alike. bench/search.sh makes the data folder.
// Usage: dotnet run -c Release --project bench/search/SearchScale -- --data DIR [--repeat 30] [--no-postgres] [--lucene-only] [--only TEXT]
// (--only: just the queries whose text contains TEXT, to look at one while changing it; not for the written figures)
// The index is asked twice per query: as the page asks it, and exhaustively (every match scored, counted and faceted, the
// behaviour before bounded counting), so that the two are compared in one run on one index.
var data = Option("--data") ?? throw new ArgumentException("--data DIR (a data folder with marketplace.db and the search index) is required");
var repeat = int.Parse(Option("--repeat") ?? "30", CultureInfo.InvariantCulture);
var queries = Option("--only") is { } only ? ScaleQueries.All.Where(q => q.Text.Contains(only, StringComparison.Ordinal)).ToList() : ScaleQueries.All;
var database = Path.Combine(data, "marketplace.db");
var work = Directory.CreateTempSubdirectory("search-scale-");

var engines = new List<IScaleEngine>();
PostgresServer? server = null;
try
{
    var index = LuceneEngine.OpenIndex(data);
    engines.Add(new LuceneEngine(index, exhaustive: false, ownsIndex: true));
    engines.Add(new LuceneEngine(index, exhaustive: true, ownsIndex: false));
    if (!args.Contains("--lucene-only"))
    {
        engines.Add(new Fts5Engine(Path.Combine(work.FullName, "fts5.db")));
    }

    if (!args.Contains("--no-postgres") && !args.Contains("--lucene-only"))
    {
        server = await PostgresServer.StartAsync();
        await using (var admin = NpgsqlDataSource.Create(server.ConnectionString("postgres")))
        await using (var create = admin.CreateCommand("CREATE DATABASE scale"))
        {
            await create.ExecuteNonQueryAsync();
        }

        engines.Add(new PostgresEngine(NpgsqlDataSource.Create(server.ConnectionString("scale"))));
    }

    Console.WriteLine($"Data folder {data}; {queries.Count} queries, {repeat} rounds after one warm-up round, engines in turn.");
    Console.WriteLine();
    Console.WriteLine("| engine | documents | load or build | setup |");
    Console.WriteLine("| --- | --- | --- | --- |");
    foreach (var engine in engines)
    {
        var started = Stopwatch.GetTimestamp();
        var count = await engine.LoadAsync(ScaleCorpus.Read(database));
        var elapsed = Stopwatch.GetElapsedTime(started);
        Console.WriteLine($"| {engine.Name} | {count:N0} | {elapsed.TotalSeconds:0.0} s | {engine.Setup} |");
    }

    var samples = engines.ToDictionary(e => e, _ => new Dictionary<string, List<double>>());
    var perQuery = new Dictionary<(IScaleEngine, ScaleQuery), List<double>>();
    var answers = new Dictionary<(IScaleEngine, ScaleQuery), ScaleAnswer>();
    for (var round = -1; round < repeat; round++)
    {
        foreach (var query in queries)
        {
            foreach (var engine in engines)
            {
                var started = Stopwatch.GetTimestamp();
                var answer = engine.Search(query);
                var ms = Stopwatch.GetElapsedTime(started).TotalMilliseconds;
                if (round < 0)
                {
                    answers[(engine, query)] = answer;
                    continue;
                }

                (perQuery.TryGetValue((engine, query), out var own) ? own : perQuery[(engine, query)] = []).Add(ms);
                var byCategory = samples[engine];
                (byCategory.TryGetValue(query.Category, out var list) ? list : byCategory[query.Category] = []).Add(ms);
                (byCategory.TryGetValue("all", out var all) ? all : byCategory["all"] = []).Add(ms);
            }
        }
    }

    Console.WriteLine();
    Console.WriteLine("Latency per query in ms, p50 / p95 / p99 (a query: total, 20 hits with snippets, and facet counts where asked):");
    Console.WriteLine();
    Console.WriteLine("| category | " + string.Join(" | ", engines.Select(e => e.Name)) + " | p95 ÷ Lucene |");
    Console.WriteLine("| --- | " + string.Join(" | ", engines.Select(_ => "---")) + " | --- |");
    foreach (var category in samples[engines[0]].Keys.Where(k => k != "all").Append("all"))
    {
        var cells = engines.Select(e => samples[e][category]).Select(s => $"{Ms(s, 0.50)} / {Ms(s, 0.95)} / {Ms(s, 0.99)}");
        var lucene95 = Quantile(samples[engines[0]][category], 0.95);
        var ratios = engines.Skip(1).Select(e => $"{e.Name}: {Quantile(samples[e][category], 0.95) / lucene95:0.#}×");
        Console.WriteLine($"| {category} | {string.Join(" | ", cells)} | {string.Join(", ", ratios)} |");
    }

    Console.WriteLine();
    Console.WriteLine("Totals per query (matches found; \"+\": counting stopped at the bound), to show the engines answer the same question;");
    Console.WriteLine("then how many of Lucene's 20 hits are also in the exhaustive search's 20, whether the first 10 are the same in the same order,");
    Console.WriteLine("and each engine's median for the query in ms:");
    Console.WriteLine();
    Console.WriteLine("| query | " + string.Join(" | ", engines.Select(e => e.Name)) + " | top 20 shared, first 10 same | " + string.Join(" | ", engines.Select(e => e.Name + " p50")) + " |");
    Console.WriteLine("| --- | " + string.Join(" | ", engines.Select(_ => "---")) + " | --- | " + string.Join(" | ", engines.Select(_ => "---")) + " |");
    foreach (var query in queries)
    {
        var label = query.Text.Replace("|", "\\|", StringComparison.Ordinal) + (query.Province is null ? "" : $" (province {query.Province})") + (query.WithFacets ? " + facets" : "");
        var now = answers[(engines[0], query)].Keys;
        var before = answers[(engines[1], query)].Keys;
        var same10 = now.Take(10).SequenceEqual(before.Take(10)) ? "yes" : "no";
        Console.WriteLine($"| {label} | " + string.Join(" | ", engines.Select(e => answers[(e, query)]).Select(a => a.Total.ToString("N0", CultureInfo.InvariantCulture) + (a.IsLowerBound ? "+" : "")))
            + $" | {now.Intersect(before).Count()}/{before.Count}, {same10} | " + string.Join(" | ", engines.Select(e => Ms(perQuery[(e, query)], 0.50))) + " |");
    }
}
finally
{
    foreach (var engine in engines)
    {
        await engine.DisposeAsync();
    }

    if (server is not null)
    {
        await server.DisposeAsync();
    }

    work.Delete(recursive: true);
}

string? Option(string name) => args.SkipWhile(a => a != name).Skip(1).FirstOrDefault();

static double Quantile(List<double> samples, double quantile)
{
    var sorted = samples.Order().ToList();
    return sorted[Math.Min(sorted.Count - 1, (int)Math.Ceiling(quantile * sorted.Count) - 1)];
}

static string Ms(List<double> samples, double quantile) => Quantile(samples, quantile).ToString("0.00", CultureInfo.InvariantCulture);
