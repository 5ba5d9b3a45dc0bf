using System.Data.Common;
using System.Diagnostics;
using System.Text.Json;
using Lucene.Net.Index;
using Lucene.Net.Store;
using Marketplace.IntegrationTests.Fixtures;
using Marketplace.IntegrationTests.Support;
using Marketplace.Testing;
using Microsoft.Data.Sqlite;
using Npgsql;

namespace Marketplace.IntegrationTests.Search;

/// <summary>
/// Issue 6's "done when": the host, run as its own OS process with thousands of outbox rows pending, is killed with
/// SIGKILL while it indexes; started again it converges, and its index folder, read directly with Lucene, holds every
/// searchable row of the database exactly once and nothing else.
/// </summary>
public sealed class CrashConvergenceTests
{
    private static readonly TimeSpan _verbTimeout = TimeSpan.FromMinutes(4);
    private static readonly TimeSpan _startTimeout = TimeSpan.FromMinutes(2);
    private static readonly TimeSpan _convergeTimeout = TimeSpan.FromMinutes(4);

    [Fact]
    public async Task Killed_mid_indexing_on_SQLite_the_restarted_host_converges_to_exactly_the_searchable_rows()
    {
        var folder = TempFolder.NewPath("mk-crash-sqlite");
        try
        {
            var settings = new Dictionary<string, string> { ["Marketplace:DataPath"] = folder };
            await KillRestartAndVerifyAsync(settings, folder, () => new SqliteConnection($"Data Source={Path.Combine(folder, "marketplace.db")};Pooling=False"));
        }
        finally
        {
            TempFolder.Delete(folder);
        }
    }

    [Fact]
    public async Task Killed_mid_indexing_on_PostgreSQL_the_restarted_host_converges_to_exactly_the_searchable_rows()
    {
        var folder = TempFolder.NewPath("mk-crash-pg");
        await using var server = await PostgresServer.StartAsync();
        try
        {
            var connection = PostgresHostFixture.SettingsFor(server);
            var settings = new Dictionary<string, string> { ["Marketplace:DataPath"] = folder };
            foreach (var (key, value) in connection)
            {
                settings[key] = value!;
            }

            await KillRestartAndVerifyAsync(settings, folder, () => new NpgsqlConnection(connection["Marketplace:Database:ConnectionString"]));
        }
        finally
        {
            TempFolder.Delete(folder);
        }
    }

    private static async Task KillRestartAndVerifyAsync(Dictionary<string, string> settings, string folder, Func<DbConnection> database)
    {
        // Raw multi-row INSERTs: every row reaches the outbox through the triggers only.
        var load = await HostProcess.RunVerbAsync(["generate-load", "--apps", "3000", "--posts", "3000", "--seed", "5"], settings, _verbTimeout);
        Assert.True(load.ExitCode == 0, load.Output);

        // Small batches make many commits, so the kill lands between two of them.
        settings["Search:BatchSize"] = "100";
        long killedAt;
        await using (var first = HostProcess.StartServer(settings))
        {
            var data = await first.ReadyAsync(_startTimeout);
            var clock = Stopwatch.StartNew();
            while (Position(data) == 0 || Pending(data) < 1000)
            {
                Assert.True(Pending(data) > 0, $"The index caught up before the test could kill the host: {data}");
                Assert.True(clock.Elapsed < _startTimeout, $"The host indexed nothing within {_startTimeout.TotalSeconds} s: {data}\n{first.Output}");
                await Task.Delay(20);
                data = await first.TrySearchHealthAsync() ?? data;
            }

            killedAt = Position(data);
            await first.KillAsync();
        }

        // The restart may go at full speed: there is nothing left to interrupt.
        settings.Remove("Search:BatchSize");

        await using (var second = HostProcess.StartServer(settings))
        {
            var data = await second.ReadyAsync(_startTimeout);

            // It resumes from its last commit (at least what /health showed before the kill), not from scratch.
            Assert.True(Position(data) >= killedAt, $"Restarted at {Position(data)}, below the {killedAt} seen before the kill.");

            // The server holds the index: a reindex beside it is refused, and changes nothing.
            var reindex = await HostProcess.RunVerbAsync(["reindex"], settings, _verbTimeout);
            Assert.True(reindex.ExitCode == 1, reindex.Output);
            Assert.Contains("in use by another process", reindex.Output, StringComparison.Ordinal);

            var clock = Stopwatch.StartNew();
            while (Pending(data) > 0)
            {
                Assert.True(clock.Elapsed < _convergeTimeout, $"Still {Pending(data)} pending after {_convergeTimeout.TotalSeconds} s: {data}\n{second.Output}");
                await Task.Delay(200);
                data = await second.TrySearchHealthAsync() ?? data;
            }

            await second.StopAsync();
            Assert.DoesNotContain("\"LogLevel\":\"Error\"", second.Output, StringComparison.Ordinal);
        }

        var expected = await SearchableKeysAsync(database);
        var (keys, position) = ReadIndex(Path.Combine(folder, "search"));
        var duplicates = keys.GroupBy(k => k).Where(g => g.Count() > 1).Select(g => g.Key).ToList();
        var missing = expected.Except(keys).ToList();
        var extra = keys.Except(expected).ToList();

        Assert.True(duplicates.Count == 0, $"{duplicates.Count} keys twice, for example {string.Join(", ", duplicates.Take(10))}");
        Assert.True(missing.Count == 0, $"{missing.Count} searchable rows missing from the index, for example {string.Join(", ", missing.Take(10))}");
        Assert.True(extra.Count == 0, $"{extra.Count} documents with no searchable row, for example {string.Join(", ", extra.Take(10))}");
        Assert.True(expected.Count > 9000, $"only {expected.Count} searchable rows: the load did not run as meant");
        Assert.Equal(await OutboxMaxAsync(database), position);
    }

    private static long Position(JsonElement data) => data.GetProperty("committedPosition").GetInt64();

    private static int Pending(JsonElement data) => data.GetProperty("pending").GetInt32();

    /// <summary>Every live document's key and the outbox position of the last commit, read with Lucene alone.</summary>
    private static (List<string> Keys, long Position) ReadIndex(string path)
    {
        using var directory = FSDirectory.Open(new DirectoryInfo(path));
        using var reader = DirectoryReader.Open(directory);
        var live = MultiFields.GetLiveDocs(reader);
        var keys = new List<string>(reader.NumDocs);
        for (var doc = 0; doc < reader.MaxDoc; doc++)
        {
            if (live is null || live.Get(doc))
            {
                keys.Add(reader.Document(doc).Get("key"));
            }
        }

        return (keys, long.Parse(reader.IndexCommit.UserData["outbox"], System.Globalization.CultureInfo.InvariantCulture));
    }

    /// <summary>What the database says must be searchable, by plain SQL written apart from the indexer's own queries.</summary>
    private static async Task<HashSet<string>> SearchableKeysAsync(Func<DbConnection> database)
    {
        const string sql = """
            SELECT 'region:' || "Code" FROM "Regions"
            UNION ALL SELECT 'app:' || "Id" FROM "Apps" WHERE "Status" <> 'Archived'
            UNION ALL SELECT 'release:' || r."Id" FROM "Releases" r JOIN "Apps" a ON a."Id" = r."AppId" WHERE a."Status" <> 'Archived'
            UNION ALL SELECT 'practice:' || "Id" FROM "BestPracticeArticles" WHERE "PublishedAt" IS NOT NULL
            UNION ALL SELECT 'thread:' || "Id" FROM "ForumThreads" WHERE "DeletedAt" IS NULL
            UNION ALL SELECT 'post:' || p."Id" FROM "ForumPosts" p JOIN "ForumThreads" t ON t."Id" = p."ThreadId"
                WHERE p."Number" > 1 AND p."DeletedAt" IS NULL AND p."HiddenAt" IS NULL AND t."DeletedAt" IS NULL
            """;
        await using var connection = database();
        await connection.OpenAsync();
        await using var command = connection.CreateCommand();
        command.CommandText = sql;
        var keys = new HashSet<string>(StringComparer.Ordinal);
        await using var rows = await command.ExecuteReaderAsync();
        while (await rows.ReadAsync())
        {
            Assert.True(keys.Add(rows.GetString(0)), "the expected keys repeat: " + rows.GetString(0));
        }

        return keys;
    }

    private static async Task<long> OutboxMaxAsync(Func<DbConnection> database)
    {
        await using var connection = database();
        await connection.OpenAsync();
        await using var command = connection.CreateCommand();
        command.CommandText = "SELECT MAX(\"Id\") FROM \"SearchOutbox\"";
        return Convert.ToInt64(await command.ExecuteScalarAsync(), System.Globalization.CultureInfo.InvariantCulture);
    }
}
