using System.Globalization;
using Marketplace.Testing.Relevance;
using Microsoft.Data.Sqlite;

namespace SearchScale;

/// <summary>
/// SQLite FTS5 as the relevance baseline sets it up (unicode61 without diacritics, bm25 title 10 / body 1, words OR-ed),
/// in a file of its own, doing what the search page needs: the total, twenty hits with a snippet, and facet counts
/// (GROUP BY over the matches) when asked.
/// </summary>
internal sealed class Fts5Engine(string path) : IScaleEngine
{
    private static readonly string[] _facets = ["type", "province", "region", "license", "maturity"];
    private readonly SqliteConnection _connection = new($"Data Source={path}");

    public string Name => "SQLite FTS5";

    public string Setup => $"SQLite {_connection.ServerVersion}, fts5 unicode61 remove_diacritics 2, bm25(title 10, body 1), words OR-ed, snippet(), facets by GROUP BY";

    public async Task<int> LoadAsync(IEnumerable<ScaleDocument> documents)
    {
        await _connection.OpenAsync();
        Execute("PRAGMA journal_mode = OFF; PRAGMA synchronous = OFF;");
        Execute("""
            CREATE VIRTUAL TABLE docs USING fts5(key UNINDEXED, type UNINDEXED, province UNINDEXED, region UNINDEXED,
                license UNINDEXED, maturity UNINDEXED, title, body, tokenize = 'unicode61 remove_diacritics 2');
            """);
        var count = 0;
        using var transaction = _connection.BeginTransaction();
        using var insert = _connection.CreateCommand();
        insert.CommandText = "INSERT INTO docs VALUES ($k, $t, $p, $r, $l, $m, $title, $body)";
        var parameters = new[] { "$k", "$t", "$p", "$r", "$l", "$m", "$title", "$body" }.Select(n => insert.Parameters.Add(n, SqliteType.Text)).ToArray();
        insert.Prepare();
        foreach (var d in documents)
        {
            object?[] values = [d.Key, d.Type, d.Province, d.Region, d.License, d.Maturity, d.Title, d.Body];
            for (var i = 0; i < values.Length; i++)
            {
                parameters[i].Value = values[i] ?? DBNull.Value;
            }

            insert.ExecuteNonQuery();
            count++;
        }

        transaction.Commit();
        Execute("INSERT INTO docs(docs) VALUES ('optimize');");
        return count;
    }

    public ScaleAnswer Search(ScaleQuery query)
    {
        var match = string.Join(" OR ", QueryText.Parse(query.Text).Select(p => "{title body} : \"" + p.Text.Replace("\"", "", StringComparison.Ordinal) + "\""));
        const string where = "docs MATCH $match AND ($province IS NULL OR province = $province)";
        var keys = new List<string>();
        using (var command = Command($"""
            SELECT key, snippet(docs, 7, '<mark>', '</mark>', '…', 24) FROM docs WHERE {where}
            ORDER BY bm25(docs, 0, 0, 0, 0, 0, 0, 10, 1) LIMIT 20
            """, match, query.Province))
        using (var reader = command.ExecuteReader())
        {
            while (reader.Read())
            {
                keys.Add(reader.GetString(0));
                _ = reader.GetString(1);
            }
        }

        int total;
        using (var command = Command($"SELECT count(*) FROM docs WHERE {where}", match, query.Province))
        {
            total = Convert.ToInt32(command.ExecuteScalar(), CultureInfo.InvariantCulture);
        }

        var facetValues = 0;
        if (query.WithFacets)
        {
            foreach (var facet in _facets)
            {
                using var command = Command($"SELECT {facet}, count(*) FROM docs WHERE {where} AND {facet} IS NOT NULL GROUP BY {facet} ORDER BY 2 DESC LIMIT 20", match, query.Province);
                using var reader = command.ExecuteReader();
                while (reader.Read())
                {
                    facetValues++;
                }
            }
        }

        return new ScaleAnswer(total, keys, facetValues);
    }

    public ValueTask DisposeAsync() => _connection.DisposeAsync();

    private SqliteCommand Command(string sql, string match, string? province)
    {
        var command = _connection.CreateCommand();
        command.CommandText = sql;
        command.Parameters.AddWithValue("$match", match);
        command.Parameters.AddWithValue("$province", (object?)province ?? DBNull.Value);
        return command;
    }

    private void Execute(string sql)
    {
        using var command = _connection.CreateCommand();
        command.CommandText = sql;
        command.ExecuteNonQuery();
    }
}
