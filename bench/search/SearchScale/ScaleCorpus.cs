using Microsoft.Data.Sqlite;

namespace SearchScale;

/// <summary>One searchable row as the alternatives index it: the fields the Lucene index has for the same thing.</summary>
internal sealed record ScaleDocument(string Key, string Type, string Title, string Body, string? Region, string? Province, string? License, string? Maturity);

/// <summary>
/// Reads what the platform makes searchable straight from the platform's SQLite file: published applications, live
/// threads (title and first post) and live replies (their own text: the index does not search a reply by its thread's
/// title, SearchDocument.TitleIsSearched), so each alternative gets the documents the Lucene index holds.
/// </summary>
internal static class ScaleCorpus
{
    public static IEnumerable<ScaleDocument> Read(string databasePath)
    {
        using var connection = new SqliteConnection($"Data Source={databasePath};Mode=ReadOnly");
        connection.Open();
        foreach (var document in Query(connection, """
            SELECT 'app:' || Id, 'app', Name, Summary || char(10) || Description, OwnerRegionCode, License, lower(Maturity)
            FROM Apps WHERE Status = 'Published'
            """))
        {
            yield return document;
        }

        foreach (var document in Query(connection, """
            SELECT 'thread:' || t.Id, 'thread', t.Title, p.Body, t.AuthorRegionCode, NULL, NULL
            FROM ForumThreads t JOIN ForumPosts p ON p.ThreadId = t.Id AND p.Number = 1
            WHERE t.DeletedAt IS NULL
            """))
        {
            yield return document;
        }

        foreach (var document in Query(connection, """
            SELECT 'post:' || p.Id, 'post', '', p.Body, p.AuthorRegionCode, NULL, NULL
            FROM ForumPosts p JOIN ForumThreads t ON t.Id = p.ThreadId
            WHERE p.Number > 1 AND p.DeletedAt IS NULL AND p.HiddenAt IS NULL AND t.DeletedAt IS NULL
            """))
        {
            yield return document;
        }
    }

    private static IEnumerable<ScaleDocument> Query(SqliteConnection connection, string sql)
    {
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        using var reader = command.ExecuteReader();
        while (reader.Read())
        {
            var region = reader.IsDBNull(4) ? null : reader.GetString(4);
            yield return new ScaleDocument(
                reader.GetString(0),
                reader.GetString(1),
                reader.GetString(2),
                reader.IsDBNull(3) ? "" : reader.GetString(3),
                region,
                ProvinceOf(region),
                reader.IsDBNull(5) ? null : reader.GetString(5),
                reader.IsDBNull(6) ? null : reader.GetString(6));
        }
    }

    private static string? ProvinceOf(string? region) =>
        region is { Length: >= 2 } && !region.StartsWith("00", StringComparison.Ordinal) ? region[..2] : null;
}
