using Marketplace.Testing.Relevance;
using Npgsql;

namespace SearchBaselines;

/// <summary>
/// PostgreSQL full-text search with one text search configuration (indonesian: the Snowball Indonesian stemmer that
/// PostgreSQL ships, without a stop-word list; or simple: lower-casing only). The title gets weight A, summary and body
/// weight D; ranking is ts_rank_cd; each word is plainto_tsquery, each phrase phraseto_tsquery, OR-ed together.
/// </summary>
internal sealed class PostgresBaseline(NpgsqlDataSource dataSource, string configuration) : ISearchBaseline
{
    private readonly string _table = "docs_" + configuration;

    public string Name => $"PostgreSQL ({configuration})";

    public string Setup => $"PostgreSQL 15, to_tsvector('{configuration}'), setweight A title / D body, GIN index, ts_rank_cd, words OR-ed";

    public async Task LoadAsync(IReadOnlyList<JudgedDocument> documents)
    {
        await using (var create = dataSource.CreateCommand($"""
            DROP TABLE IF EXISTS {_table};
            CREATE TABLE {_table} (id text PRIMARY KEY, type text NOT NULL, region text NOT NULL, province text, title text NOT NULL, body text NOT NULL,
              tsv tsvector GENERATED ALWAYS AS (setweight(to_tsvector('{configuration}', title), 'A') || setweight(to_tsvector('{configuration}', body), 'D')) STORED);
            CREATE INDEX ON {_table} USING gin (tsv);
            """))
        {
            await create.ExecuteNonQueryAsync();
        }

        await using var connection = await dataSource.OpenConnectionAsync();
        await using var writer = await connection.BeginBinaryImportAsync($"COPY {_table} (id, type, region, province, title, body) FROM STDIN (FORMAT BINARY)");
        foreach (var document in documents)
        {
            await writer.StartRowAsync();
            await writer.WriteAsync(document.Id);
            await writer.WriteAsync(document.Type);
            await writer.WriteAsync(document.Region);
            await writer.WriteAsync(document.Province, NpgsqlTypes.NpgsqlDbType.Text);
            await writer.WriteAsync(document.Title);
            await writer.WriteAsync(document.FullBody);
        }

        await writer.CompleteAsync();
        await writer.DisposeAsync();
        await using var analyze = new NpgsqlCommand($"ANALYZE {_table}", connection);
        await analyze.ExecuteNonQueryAsync();
    }

    public IReadOnlyList<string> Search(JudgedQuery query, int limit)
    {
        var parts = QueryText.Parse(query.Text);
        if (parts.Count == 0)
        {
            return [];
        }

        using var command = dataSource.CreateCommand();
        var tsquery = string.Join(" || ", parts.Select((p, i) =>
        {
            command.Parameters.AddWithValue("p" + i, p.Text);
            return $"{(p.IsPhrase ? "phraseto_tsquery" : "plainto_tsquery")}('{configuration}', @p{i})";
        }));
        command.CommandText = $"""
            SELECT id FROM {_table}, (SELECT {tsquery}) AS q(query)
            WHERE tsv @@ q.query
              AND (@type::text IS NULL OR type = @type) AND (@province::text IS NULL OR province = @province) AND (@region::text IS NULL OR region = @region)
            ORDER BY ts_rank_cd(tsv, q.query) DESC, id
            LIMIT @limit
            """;
        command.Parameters.AddWithValue("type", (object?)query.Filters.Type ?? DBNull.Value);
        command.Parameters.AddWithValue("province", (object?)query.Filters.Province ?? DBNull.Value);
        command.Parameters.AddWithValue("region", (object?)query.Filters.Region ?? DBNull.Value);
        command.Parameters.AddWithValue("limit", limit);
        using var reader = command.ExecuteReader();
        var ids = new List<string>();
        while (reader.Read())
        {
            ids.Add(reader.GetString(0));
        }

        return ids;
    }

    public ValueTask DisposeAsync() => ValueTask.CompletedTask;
}
