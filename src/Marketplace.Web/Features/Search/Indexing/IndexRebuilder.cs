using System.Diagnostics;

namespace Marketplace.Web.Features.Search.Indexing;

/// <summary>What a full rebuild did.</summary>
public sealed record RebuildResult(long Position, IReadOnlyDictionary<SearchType, int> Counts, TimeSpan Took)
{
    public int Total => Counts.Values.Sum();
}

/// <summary>
/// Rebuilds the index from the database: the outbox's highest id is read FIRST, then everything is written and committed
/// with that position. A write made during the rebuild has a higher id, so the indexer replays it afterwards (writing a
/// document twice only replaces it); reading the position last would skip such writes.
/// </summary>
internal sealed class IndexRebuilder(SearchOutbox outbox, SearchDocumentSource source, ISearchIndex index)
{
    public const int BatchSize = 2000;

    public async Task<RebuildResult> RebuildAsync(IProgress<int>? progress, CancellationToken cancellationToken)
    {
        var clock = Stopwatch.StartNew();
        var position = (await outbox.BoundsAsync(cancellationToken))?.Max ?? 0;
        var counts = Enum.GetValues<SearchType>().ToDictionary(t => t, _ => 0);

        // Until the commit, searches still see the old index: a rebuild never shows an empty one.
        index.DeleteAll();
        await foreach (var batch in source.StreamAllAsync(BatchSize, cancellationToken))
        {
            index.Upsert(batch);
            foreach (var document in batch)
            {
                counts[document.Type]++;
            }

            progress?.Report(counts.Values.Sum());
        }

        await index.CommitAsync(position, cancellationToken);
        return new RebuildResult(position, counts, clock.Elapsed);
    }
}
