namespace Marketplace.Web.Features.Search.Indexing;

/// <summary>
/// The SQLite triggers of migration SearchOutbox, frozen as that migration applied them: a later change adds a new migration
/// (and a new class) instead of editing this SQL. Triggers, not EF Core code, because generate-load writes through raw
/// multi-row INSERTs, and because a trigger sees the ids an INSERT just made.
/// </summary>
internal static class OutboxTriggersSqlite
{
    // EF Core stores DateTimeOffset on SQLite as ((ticks / 1000) << 11) | offset minutes (DateTimeOffsetToBinaryConverter):
    // this is "now" in UTC in that form, ticks counted from the Unix epoch's 621355968000000000.
    private const string Now = "(((CAST((julianday('now') - 2440587.5) * 86400000 AS INTEGER) * 10) + 621355968000000) << 11)";

    private static string Enqueue(string key) => $"INSERT INTO \"SearchOutbox\" (\"Key\", \"EnqueuedAt\") VALUES ({key}, {Now});";

    private static string EnqueueSelect(string key, string from) => $"INSERT INTO \"SearchOutbox\" (\"Key\", \"EnqueuedAt\") SELECT {key}, {Now} FROM {from};";

    private static string Changed(params string[] columns) => string.Join(" OR ", columns.Select(c => $"OLD.\"{c}\" IS NOT NEW.\"{c}\""));

    private static IEnumerable<(string Name, string Sql)> Triggers()
    {
        // Applications: every searchable column; AdoptionCount alone (adoptions moving) changes nothing searchable.
        yield return ("Apps_Insert", $"AFTER INSERT ON \"Apps\" BEGIN {Enqueue("'app:' || NEW.\"Id\"")} END");
        yield return ("Apps_Update", $"AFTER UPDATE ON \"Apps\" WHEN {Changed(OutboxColumns.App)} BEGIN {Enqueue("'app:' || NEW.\"Id\"")} "
            + EnqueueSelect("'release:' || \"Id\"", $"\"Releases\" WHERE \"AppId\" = NEW.\"Id\" AND ({Changed(OutboxColumns.AppInRelease)})") + " END");
        yield return ("Apps_Delete", $"AFTER DELETE ON \"Apps\" BEGIN {Enqueue("'app:' || OLD.\"Id\"")} END");
        foreach (var table in new[] { "AppTags", "AppCurations" })
        {
            yield return ($"{table}_Insert", $"AFTER INSERT ON \"{table}\" BEGIN {Enqueue("'app:' || NEW.\"AppId\"")} END");
            yield return ($"{table}_Update", $"AFTER UPDATE ON \"{table}\" BEGIN {Enqueue("'app:' || NEW.\"AppId\"")} END");
            yield return ($"{table}_Delete", $"AFTER DELETE ON \"{table}\" BEGIN {Enqueue("'app:' || OLD.\"AppId\"")} END");
        }

        yield return ("Releases_Insert", $"AFTER INSERT ON \"Releases\" BEGIN {Enqueue("'release:' || NEW.\"Id\"")} END");
        yield return ("Releases_Update", $"AFTER UPDATE ON \"Releases\" BEGIN {Enqueue("'release:' || NEW.\"Id\"")} END");
        yield return ("Releases_Delete", $"AFTER DELETE ON \"Releases\" BEGIN {Enqueue("'release:' || OLD.\"Id\"")} END");

        yield return ("Regions_Insert", $"AFTER INSERT ON \"Regions\" BEGIN {Enqueue("'region:' || NEW.\"Code\"")} END");
        yield return ("Regions_Update", $"AFTER UPDATE ON \"Regions\" WHEN {Changed(OutboxColumns.Region)} BEGIN {Enqueue("'region:' || NEW.\"Code\"")} END");
        yield return ("Regions_Delete", $"AFTER DELETE ON \"Regions\" BEGIN {Enqueue("'region:' || OLD.\"Code\"")} END");

        yield return ("BestPracticeArticles_Insert", $"AFTER INSERT ON \"BestPracticeArticles\" BEGIN {Enqueue("'practice:' || NEW.\"Id\"")} END");
        yield return ("BestPracticeArticles_Update", $"AFTER UPDATE ON \"BestPracticeArticles\" BEGIN {Enqueue("'practice:' || NEW.\"Id\"")} END");
        yield return ("BestPracticeArticles_Delete", $"AFTER DELETE ON \"BestPracticeArticles\" BEGIN {Enqueue("'practice:' || OLD.\"Id\"")} END");
        foreach (var table in new[] { "ArticleApps", "ArticleRegions" })
        {
            yield return ($"{table}_Insert", $"AFTER INSERT ON \"{table}\" BEGIN {Enqueue("'practice:' || NEW.\"ArticleId\"")} END");
            yield return ($"{table}_Delete", $"AFTER DELETE ON \"{table}\" BEGIN {Enqueue("'practice:' || OLD.\"ArticleId\"")} END");
        }

        // A board's read rule is every thread's and post's access; its counters change on every post and index nothing.
        yield return ("ForumBoards_Update", $"AFTER UPDATE ON \"ForumBoards\" WHEN {Changed("ReadAccess")} BEGIN "
            + EnqueueSelect("'thread:' || \"Id\"", "\"ForumThreads\" WHERE \"BoardId\" = NEW.\"Id\"") + " "
            + EnqueueSelect("'post:' || p.\"Id\"", "\"ForumPosts\" p JOIN \"ForumThreads\" t ON t.\"Id\" = p.\"ThreadId\" WHERE t.\"BoardId\" = NEW.\"Id\" AND p.\"Number\" > 1") + " END");

        // A thread's title, board and deletion are its posts' title, access and visibility too; its counters are not searched.
        yield return ("ForumThreads_Insert", $"AFTER INSERT ON \"ForumThreads\" BEGIN {Enqueue("'thread:' || NEW.\"Id\"")} END");
        yield return ("ForumThreads_Update", $"AFTER UPDATE ON \"ForumThreads\" WHEN {Changed(OutboxColumns.Thread)} BEGIN {Enqueue("'thread:' || NEW.\"Id\"")} "
            + EnqueueSelect("'post:' || \"Id\"", "\"ForumPosts\" WHERE \"ThreadId\" = NEW.\"Id\" AND \"Number\" > 1") + " END");
        yield return ("ForumThreads_Delete", $"AFTER DELETE ON \"ForumThreads\" BEGIN {Enqueue("'thread:' || OLD.\"Id\"")} END");

        // The first post is the thread's document; the others are documents of their own.
        yield return ("ForumPosts_Insert", $"AFTER INSERT ON \"ForumPosts\" BEGIN {PostKey("NEW")} END");
        yield return ("ForumPosts_Update", $"AFTER UPDATE ON \"ForumPosts\" WHEN {Changed(OutboxColumns.Post)} BEGIN {PostKey("NEW")} END");
        yield return ("ForumPosts_Delete", $"AFTER DELETE ON \"ForumPosts\" BEGIN {PostKey("OLD")} END");
    }

    private static string PostKey(string row) =>
        $"INSERT INTO \"SearchOutbox\" (\"Key\", \"EnqueuedAt\") SELECT CASE WHEN {row}.\"Number\" = 1 THEN 'thread:' || {row}.\"ThreadId\" ELSE 'post:' || {row}.\"Id\" END, {Now};";

    public static IEnumerable<string> Create() =>
        Triggers().Select(t => $"CREATE TRIGGER \"SearchOutbox_{t.Name}\" {t.Sql};")
            .Concat(OutboxColumns.Backfill.Select(b => EnqueueSelect(b.Key, b.From)));

    public static IEnumerable<string> Drop() => Triggers().Select(t => $"DROP TRIGGER IF EXISTS \"SearchOutbox_{t.Name}\";");
}
