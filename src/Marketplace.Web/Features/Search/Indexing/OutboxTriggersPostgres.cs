namespace Marketplace.Web.Features.Search.Indexing;

/// <summary>
/// The PostgreSQL triggers of migration SearchOutbox (one plpgsql function per table), frozen as that migration applied
/// them; see <see cref="OutboxTriggersSqlite"/> for why triggers. clock_timestamp(), not now(): the gap rule reads the
/// time a row took its id, and now() is when its transaction began.
/// </summary>
internal static class OutboxTriggersPostgres
{
    private static string Enqueue(string key) => $"INSERT INTO \"SearchOutbox\" (\"Key\", \"EnqueuedAt\") VALUES ({key}, clock_timestamp());";

    private static string EnqueueSelect(string key, string from) => $"INSERT INTO \"SearchOutbox\" (\"Key\", \"EnqueuedAt\") SELECT {key}, clock_timestamp() FROM {from};";

    private static string Changed(params string[] columns) =>
        $"({string.Join(", ", columns.Select(c => $"OLD.\"{c}\""))}) IS DISTINCT FROM ({string.Join(", ", columns.Select(c => $"NEW.\"{c}\""))})";

    /// <summary>(table, body of the trigger function); the body sees TG_OP, OLD and NEW.</summary>
    private static IEnumerable<(string Table, string Body)> Functions()
    {
        yield return ("Apps", $"""
            IF TG_OP = 'DELETE' THEN {Enqueue("'app:' || OLD.\"Id\"")} RETURN NULL; END IF;
            IF TG_OP = 'UPDATE' AND NOT {Changed(OutboxColumns.App)} THEN RETURN NULL; END IF;
            {Enqueue("'app:' || NEW.\"Id\"")}
            IF TG_OP = 'UPDATE' AND {Changed(OutboxColumns.AppInRelease)} THEN
                {EnqueueSelect("'release:' || \"Id\"", "\"Releases\" WHERE \"AppId\" = NEW.\"Id\"")}
            END IF;
            RETURN NULL;
            """);
        foreach (var table in new[] { "AppTags", "AppCurations" })
        {
            yield return (table, $"""
                IF TG_OP = 'DELETE' THEN {Enqueue("'app:' || OLD.\"AppId\"")} ELSE {Enqueue("'app:' || NEW.\"AppId\"")} END IF;
                RETURN NULL;
                """);
        }

        yield return ("Releases", $"""
            IF TG_OP = 'DELETE' THEN {Enqueue("'release:' || OLD.\"Id\"")} ELSE {Enqueue("'release:' || NEW.\"Id\"")} END IF;
            RETURN NULL;
            """);
        yield return ("Regions", $"""
            IF TG_OP = 'DELETE' THEN {Enqueue("'region:' || OLD.\"Code\"")} RETURN NULL; END IF;
            IF TG_OP = 'UPDATE' AND NOT {Changed(OutboxColumns.Region)} THEN RETURN NULL; END IF;
            {Enqueue("'region:' || NEW.\"Code\"")}
            RETURN NULL;
            """);
        yield return ("BestPracticeArticles", $"""
            IF TG_OP = 'DELETE' THEN {Enqueue("'practice:' || OLD.\"Id\"")} ELSE {Enqueue("'practice:' || NEW.\"Id\"")} END IF;
            RETURN NULL;
            """);
        foreach (var table in new[] { "ArticleApps", "ArticleRegions" })
        {
            yield return (table, $"""
                IF TG_OP = 'DELETE' THEN {Enqueue("'practice:' || OLD.\"ArticleId\"")} ELSE {Enqueue("'practice:' || NEW.\"ArticleId\"")} END IF;
                RETURN NULL;
                """);
        }

        yield return ("ForumBoards", $"""
            IF TG_OP = 'UPDATE' AND {Changed("ReadAccess")} THEN
                {EnqueueSelect("'thread:' || \"Id\"", "\"ForumThreads\" WHERE \"BoardId\" = NEW.\"Id\"")}
                {EnqueueSelect("'post:' || p.\"Id\"", "\"ForumPosts\" p JOIN \"ForumThreads\" t ON t.\"Id\" = p.\"ThreadId\" WHERE t.\"BoardId\" = NEW.\"Id\" AND p.\"Number\" > 1")}
            END IF;
            RETURN NULL;
            """);
        yield return ("ForumThreads", $"""
            IF TG_OP = 'DELETE' THEN {Enqueue("'thread:' || OLD.\"Id\"")} RETURN NULL; END IF;
            IF TG_OP = 'UPDATE' AND NOT {Changed(OutboxColumns.Thread)} THEN RETURN NULL; END IF;
            {Enqueue("'thread:' || NEW.\"Id\"")}
            IF TG_OP = 'UPDATE' THEN
                {EnqueueSelect("'post:' || \"Id\"", "\"ForumPosts\" WHERE \"ThreadId\" = NEW.\"Id\" AND \"Number\" > 1")}
            END IF;
            RETURN NULL;
            """);
        yield return ("ForumPosts", $"""
            IF TG_OP = 'DELETE' THEN {PostKey("OLD")} RETURN NULL; END IF;
            IF TG_OP = 'UPDATE' AND NOT {Changed(OutboxColumns.Post)} THEN RETURN NULL; END IF;
            {PostKey("NEW")}
            RETURN NULL;
            """);
    }

    private static string PostKey(string row) =>
        Enqueue($"CASE WHEN {row}.\"Number\" = 1 THEN 'thread:' || {row}.\"ThreadId\" ELSE 'post:' || {row}.\"Id\" END");

    private static string FunctionName(string table) => $"\"search_outbox_{table}\"";

    public static IEnumerable<string> Create() =>
        Functions().SelectMany(f => new[]
        {
            $"CREATE FUNCTION {FunctionName(f.Table)}() RETURNS trigger LANGUAGE plpgsql AS $fn$\nBEGIN\n{f.Body}\nEND;\n$fn$;",
            $"CREATE TRIGGER \"search_outbox\" AFTER INSERT OR UPDATE OR DELETE ON \"{f.Table}\" FOR EACH ROW EXECUTE FUNCTION {FunctionName(f.Table)}();",
        }).Concat(OutboxColumns.Backfill.Select(b => EnqueueSelect(b.Key, b.From)));

    public static IEnumerable<string> Drop() =>
        Functions().SelectMany(f => new[]
        {
            $"DROP TRIGGER IF EXISTS \"search_outbox\" ON \"{f.Table}\";",
            $"DROP FUNCTION IF EXISTS {FunctionName(f.Table)}();",
        });
}
