using Marketplace.Testing.Relevance;
using Microsoft.Data.Sqlite;

namespace SearchBaselines;

/// <summary>
/// SQLite FTS5 as a team would set it up for Indonesian: FTS5 has no Indonesian stemmer, so the unicode61 tokenizer
/// with diacritics removed, bm25 ranking with the title weighted above the body, and any query word may match (bm25
/// rewards documents matching more of them). Phrases become FTS5 phrases. Filters are plain columns of the same table.
/// </summary>
internal sealed class Fts5Baseline(double titleWeight, double bodyWeight) : ISearchBaseline
{
    private readonly SqliteConnection _connection = new("Data Source=:memory:");

    public string Name => "SQLite FTS5";

    public string Setup => $"SQLite {_connection.ServerVersion}, fts5 tokenize='unicode61 remove_diacritics 2', bm25(title {titleWeight}, body {bodyWeight}), words OR-ed";

    public async Task LoadAsync(IReadOnlyList<JudgedDocument> documents)
    {
        await _connection.OpenAsync();
        await ExecuteAsync("""
            CREATE VIRTUAL TABLE docs USING fts5(id UNINDEXED, type UNINDEXED, region UNINDEXED, province UNINDEXED, title, body,
                tokenize = 'unicode61 remove_diacritics 2');
            """);
        await using var transaction = _connection.BeginTransaction();
        await using var insert = _connection.CreateCommand();
        insert.CommandText = "INSERT INTO docs (id, type, region, province, title, body) VALUES ($id, $type, $region, $province, $title, $body)";
        foreach (var document in documents)
        {
            insert.Parameters.Clear();
            insert.Parameters.AddWithValue("$id", document.Id);
            insert.Parameters.AddWithValue("$type", document.Type);
            insert.Parameters.AddWithValue("$region", document.Region);
            insert.Parameters.AddWithValue("$province", (object?)document.Province ?? DBNull.Value);
            insert.Parameters.AddWithValue("$title", document.Title);
            insert.Parameters.AddWithValue("$body", document.FullBody);
            await insert.ExecuteNonQueryAsync();
        }

        await transaction.CommitAsync();
    }

    public IReadOnlyList<string> Search(JudgedQuery query, int limit)
    {
        var match = MatchExpression(query.Text);
        if (match.Length == 0)
        {
            return [];
        }

        using var command = _connection.CreateCommand();
        command.CommandText = $"""
            SELECT id FROM docs WHERE docs MATCH $match
              AND ($type IS NULL OR type = $type) AND ($province IS NULL OR province = $province) AND ($region IS NULL OR region = $region)
            ORDER BY bm25(docs, 0, 0, 0, 0, {titleWeight.ToString(System.Globalization.CultureInfo.InvariantCulture)}, {bodyWeight.ToString(System.Globalization.CultureInfo.InvariantCulture)}), id
            LIMIT $limit
            """;
        command.Parameters.AddWithValue("$match", match);
        command.Parameters.AddWithValue("$type", (object?)query.Filters.Type ?? DBNull.Value);
        command.Parameters.AddWithValue("$province", (object?)query.Filters.Province ?? DBNull.Value);
        command.Parameters.AddWithValue("$region", (object?)query.Filters.Region ?? DBNull.Value);
        command.Parameters.AddWithValue("$limit", limit);
        using var reader = command.ExecuteReader();
        var ids = new List<string>();
        while (reader.Read())
        {
            ids.Add(reader.GetString(0));
        }

        return ids;
    }

    /// <summary>Each word or phrase as an FTS5 string (so no word is read as syntax), restricted to title and body, OR-ed.</summary>
    internal static string MatchExpression(string text) =>
        string.Join(" OR ", QueryText.Parse(text).Select(p => "{title body} : \"" + p.Text.Replace("\"", "", StringComparison.Ordinal) + "\""));

    public ValueTask DisposeAsync() => _connection.DisposeAsync();

    private async Task ExecuteAsync(string sql)
    {
        await using var command = _connection.CreateCommand();
        command.CommandText = sql;
        await command.ExecuteNonQueryAsync();
    }
}
