using Marketplace.Testing.Relevance;
using Npgsql;

namespace SearchScale;

/// <summary>
/// PostgreSQL full-text search with its indonesian configuration as the relevance baseline sets it up (weight A title,
/// D body, GIN, ts_rank_cd, words OR-ed), doing what the search page needs: the total, twenty hits with ts_headline
/// snippets, and facet counts (GROUP BY over the matches) when asked.
/// </summary>
internal sealed class PostgresEngine(NpgsqlDataSource dataSource) : IScaleEngine
{
    private static readonly string[] _facets = ["type", "province", "region", "license", "maturity"];

    public string Name => "PostgreSQL (indonesian)";

    public string Setup => "PostgreSQL 15, generated tsvector setweight(indonesian title A, body D), GIN, ts_rank_cd, words OR-ed, ts_headline on the page's hits, facets by GROUP BY";

    public async Task<int> LoadAsync(IEnumerable<ScaleDocument> documents)
    {
        await using (var create = dataSource.CreateCommand("""
            CREATE TABLE docs (key text PRIMARY KEY, type text NOT NULL, province text, region text, license text, maturity text,
              title text NOT NULL, body text NOT NULL,
              tsv tsvector GENERATED ALWAYS AS (setweight(to_tsvector('indonesian', title), 'A') || setweight(to_tsvector('indonesian', body), 'D')) STORED);
            """))
        {
            await create.ExecuteNonQueryAsync();
        }

        var count = 0;
        await using (var connection = await dataSource.OpenConnectionAsync())
        await using (var writer = await connection.BeginBinaryImportAsync("COPY docs (key, type, province, region, license, maturity, title, body) FROM STDIN (FORMAT BINARY)"))
        {
            foreach (var d in documents)
            {
                await writer.StartRowAsync();
                foreach (var value in new[] { d.Key, d.Type, d.Province, d.Region, d.License, d.Maturity, d.Title, d.Body })
                {
                    await writer.WriteAsync(value, NpgsqlTypes.NpgsqlDbType.Text);
                }

                count++;
            }

            await writer.CompleteAsync();
        }

        await using var index = dataSource.CreateCommand("CREATE INDEX ON docs USING gin (tsv); CREATE INDEX ON docs (province); ANALYZE docs;");
        index.CommandTimeout = 0;
        await index.ExecuteNonQueryAsync();
        return count;
    }

    public ScaleAnswer Search(ScaleQuery query)
    {
        var parts = QueryText.Parse(query.Text);
        var tsquery = string.Join(" || ", parts.Select((p, i) => $"{(p.IsPhrase ? "phraseto_tsquery" : "plainto_tsquery")}('indonesian', @p{i})"));
        var keys = new List<string>();
        using (var command = Command($"""
            SELECT d.key, ts_headline('indonesian', d.body, q.query, 'StartSel=<mark>, StopSel=</mark>, MaxWords=30, MinWords=15')
            FROM (SELECT key, body, ts_rank_cd(tsv, q.query) AS rank FROM docs, (SELECT {tsquery}) AS q(query)
                  WHERE tsv @@ q.query AND (@province::text IS NULL OR province = @province) ORDER BY rank DESC LIMIT 20) d,
                 (SELECT {tsquery}) AS q(query)
            ORDER BY d.rank DESC
            """, parts, query.Province))
        using (var reader = command.ExecuteReader())
        {
            while (reader.Read())
            {
                keys.Add(reader.GetString(0));
                _ = reader.GetString(1);
            }
        }

        var where = $"tsv @@ ({tsquery}) AND (@province::text IS NULL OR province = @province)";
        int total;
        using (var command = Command($"SELECT count(*) FROM docs WHERE {where}", parts, query.Province))
        {
            total = Convert.ToInt32(command.ExecuteScalar(), System.Globalization.CultureInfo.InvariantCulture);
        }

        var facetValues = 0;
        if (query.WithFacets)
        {
            foreach (var facet in _facets)
            {
                using var command = Command($"SELECT {facet}, count(*) FROM docs WHERE {where} AND {facet} IS NOT NULL GROUP BY {facet} ORDER BY 2 DESC LIMIT 20", parts, query.Province);
                using var reader = command.ExecuteReader();
                while (reader.Read())
                {
                    facetValues++;
                }
            }
        }

        return new ScaleAnswer(total, keys, facetValues);
    }

    public ValueTask DisposeAsync() => ValueTask.CompletedTask;

    private NpgsqlCommand Command(string sql, IReadOnlyList<QueryPart> parts, string? province)
    {
        var command = dataSource.CreateCommand(sql);
        command.CommandTimeout = 0;
        for (var i = 0; i < parts.Count; i++)
        {
            command.Parameters.AddWithValue("p" + i, parts[i].Text);
        }

        command.Parameters.AddWithValue("province", NpgsqlTypes.NpgsqlDbType.Text, (object?)province ?? DBNull.Value);
        return command;
    }
}
