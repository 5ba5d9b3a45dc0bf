namespace Marketplace.Web.Features.Search.Indexing;

/// <summary>One outbox row as the indexer reads it.</summary>
public sealed record OutboxRow(long Id, string Key, DateTimeOffset EnqueuedAt);

/// <summary>
/// How far the indexer may move its position over the rows it read (ordered by id, all beyond the position). On PostgreSQL
/// ids are taken when a row is inserted but seen when its transaction commits, so a hole may still fill: a transaction that
/// took id 7 can commit after 8 was read. Moving past 7 then would lose that change for good. A hole is therefore waited
/// for until it is older than the grace period; after that it is taken as a rolled-back transaction (rollbacks leave
/// holes forever) and passed. A hole is old when the row after it was enqueued longer ago than the grace (the hole's id was
/// taken before that), or when this indexer first saw it longer ago than that (which does not trust the two clocks to agree).
/// </summary>
public sealed class OutboxGapRule(TimeSpan grace)
{
    private (long From, DateTimeOffset Since)? _watched;

    /// <summary>The rows that may be indexed now (a prefix of <paramref name="rows"/>) and the position they reach.</summary>
    public (int Count, long Position) Advance(long position, IReadOnlyList<OutboxRow> rows, DateTimeOffset now)
    {
        var count = 0;
        foreach (var row in rows)
        {
            if (row.Id != position + 1 && !GapIsOld(position + 1, row, now))
            {
                break;
            }

            position = row.Id;
            count++;
        }

        if (count == rows.Count)
        {
            _watched = null;
        }

        return (count, position);
    }

    /// <summary>The first id of the hole the indexer is waiting for, or null.</summary>
    public long? WaitingFor => _watched?.From;

    private bool GapIsOld(long from, OutboxRow after, DateTimeOffset now)
    {
        if (_watched is not { } watched || watched.From != from)
        {
            _watched = watched = (from, now);
        }

        return now - after.EnqueuedAt >= grace || now - watched.Since >= grace;
    }
}
