using Marketplace.Web.Features.Search.Index;
using Microsoft.Extensions.Options;

namespace Marketplace.Web.Features.Search.Indexing;

/// <summary>
/// Feeds this process's index from the outbox: reads rows beyond the index's committed position in id order, writes the
/// current documents of their keys and commits them with the position reached, in one Lucene commit. A crash between two
/// commits loses nothing: the next start resumes from what the index really holds, and writing a document again only
/// replaces it. Rows stay in the outbox for the other web nodes (pruned by age).
/// </summary>
internal sealed partial class SearchIndexer(
    IServiceScopeFactory scopes, IServiceProvider services, SearchFolderLock folderLock, IndexingSignal signal, IOptions<IndexingOptions> options,
    TimeProvider time, ILogger<SearchIndexer> logger) : BackgroundService
{
    private static readonly TimeSpan _pruneEvery = TimeSpan.FromHours(1);
    private static readonly TimeSpan _maxBackOff = TimeSpan.FromMinutes(1);

    // Resolved in the loop, not the constructor: an index that cannot open (locked, corrupt) is retried with back-off
    // while the site serves and /health says so, instead of failing the host's start.
    private ISearchIndex Index => services.GetRequiredService<ISearchIndex>();

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        // Start-up goes on while the index catches up.
        await Task.Yield();
        var settings = options.Value;
        var gaps = new OutboxGapRule(TimeSpan.FromSeconds(settings.GapGraceSeconds));
        var checkedOnStart = false;
        var nextPrune = time.GetUtcNow();
        var failures = 0;
        while (!stoppingToken.IsCancellationRequested)
        {
            try
            {
                if (!folderLock.TryAcquire())
                {
                    throw new InvalidOperationException($"The search index is held by another process ({SearchFolderLock.FileName}): a reindex may be running.");
                }

                if (!checkedOnStart)
                {
                    await RebuildIfIncompleteAsync(stoppingToken);
                    checkedOnStart = true;
                }

                if (time.GetUtcNow() >= nextPrune)
                {
                    await PruneAsync(settings, stoppingToken);
                    nextPrune = time.GetUtcNow() + _pruneEvery;
                }

                var more = await IndexBatchAsync(gaps, settings.BatchSize, stoppingToken);
                failures = 0;
                if (more)
                {
                    continue;
                }

                await signal.WaitAsync(TimeSpan.FromMilliseconds(settings.PollMilliseconds), stoppingToken);
            }
            catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
            {
                return;
            }
            catch (Exception e)
            {
                // The database or the index failed (a restart, a full disk): retry the same rows later, keep serving.
                failures++;
                var backOff = TimeSpan.FromSeconds(Math.Min(_maxBackOff.TotalSeconds, Math.Pow(2, Math.Min(failures, 10))));
                LogBatchFailed(e, failures, backOff.TotalSeconds);
                try
                {
                    await Task.Delay(backOff, time, stoppingToken);
                }
                catch (OperationCanceledException)
                {
                    return;
                }
            }
        }
    }

    /// <summary>Indexes one batch; true when a full batch was indexed (more may wait).</summary>
    private async Task<bool> IndexBatchAsync(OutboxGapRule gaps, int batchSize, CancellationToken cancellationToken)
    {
        await using var scope = scopes.CreateAsyncScope();
        var outbox = scope.ServiceProvider.GetRequiredService<SearchOutbox>();
        var position = Index.CommittedPosition;
        var rows = await outbox.ReadAfterAsync(position, batchSize, cancellationToken);
        var (count, reached) = gaps.Advance(position, rows, time.GetUtcNow());
        if (count == 0)
        {
            return false;
        }

        var keys = new HashSet<OutboxKey>();
        foreach (var row in rows.Take(count))
        {
            if (OutboxKey.TryParse(row.Key, out var key))
            {
                keys.Add(key);
            }
            else
            {
                LogUnknownKey(row.Id, row.Key);
            }
        }

        var changes = await scope.ServiceProvider.GetRequiredService<SearchDocumentSource>().LoadAsync(keys, cancellationToken);
        Index.Upsert(changes.Upserts);
        Index.Delete(changes.Deletes);
        await Index.CommitAsync(reached, cancellationToken);
        return count == rows.Count && rows.Count == batchSize;
    }

    /// <summary>
    /// Rebuilds when the outbox no longer holds what the index lacks: the index is older than the oldest kept row (it
    /// missed pruned rows), or ahead of the newest (it was built from another database); or when another version wrote
    /// it (<see cref="ISearchIndex.NeedsRebuild"/>: a field this version searches is missing from its documents).
    /// </summary>
    private async Task RebuildIfIncompleteAsync(CancellationToken cancellationToken)
    {
        await using var scope = scopes.CreateAsyncScope();
        var bounds = await scope.ServiceProvider.GetRequiredService<SearchOutbox>().BoundsAsync(cancellationToken);
        var position = Index.CommittedPosition;
        if (Index.NeedsRebuild)
        {
            LogRebuildingSchema(SearchFields.SchemaVersion);
        }
        else if (bounds is not { } kept || (position >= kept.Min - 1 && position <= kept.Max))
        {
            return;
        }
        else
        {
            LogRebuilding(position, kept.Min, kept.Max);
        }

        var result = await scope.ServiceProvider.GetRequiredService<IndexRebuilder>().RebuildAsync(null, cancellationToken);
        LogRebuilt(result.Total, result.Position, result.Took.TotalSeconds);
    }

    private async Task PruneAsync(IndexingOptions settings, CancellationToken cancellationToken)
    {
        await using var scope = scopes.CreateAsyncScope();
        var cutoff = time.GetUtcNow() - TimeSpan.FromHours(settings.OutboxRetentionHours);
        var pruned = await scope.ServiceProvider.GetRequiredService<SearchOutbox>().PruneAsync(cutoff, cancellationToken);
        if (pruned > 0)
        {
            LogPruned(pruned, settings.OutboxRetentionHours);
        }
    }

    [LoggerMessage(Level = LogLevel.Error, Message = "Search indexing failed ({Failures} in a row); retrying in {Seconds} s")]
    private partial void LogBatchFailed(Exception exception, int failures, double seconds);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Search outbox row {Id} has a key this version does not index: {Key}")]
    private partial void LogUnknownKey(long id, string key);

    [LoggerMessage(Level = LogLevel.Information, Message = "Search index at outbox position {Position} cannot catch up from the outbox (ids {Min}-{Max} kept): rebuilding")]
    private partial void LogRebuilding(long position, long min, long max);

    [LoggerMessage(Level = LogLevel.Information, Message = "Search index was written by another version of the platform: rebuilding it as version {Schema} writes documents")]
    private partial void LogRebuildingSchema(int schema);

    [LoggerMessage(Level = LogLevel.Information, Message = "Search index rebuilt: {Documents} documents up to outbox position {Position} in {Seconds:0.0} s")]
    private partial void LogRebuilt(int documents, long position, double seconds);

    [LoggerMessage(Level = LogLevel.Information, Message = "Pruned {Count} search outbox rows older than {Hours} h")]
    private partial void LogPruned(int count, int hours);
}
