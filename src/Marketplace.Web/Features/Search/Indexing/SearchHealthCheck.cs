using Marketplace.Web.Data;
using Microsoft.Extensions.Diagnostics.HealthChecks;
using Microsoft.Extensions.Options;

namespace Marketplace.Web.Features.Search.Indexing;

/// <summary>
/// The index opens and answers a search (else Unhealthy, 503), and how far it is behind the outbox: <c>pending</c> rows
/// beyond its committed position and the age of the oldest. A lag older than <see cref="IndexingOptions.LagDegradedSeconds"/>
/// is Degraded, still 200: the node serves everything, with search results some minutes old, and taking it out of the load
/// balancer would not make its indexer faster. So is an index another version wrote, until the indexer has rebuilt it.
/// </summary>
internal sealed class SearchHealthCheck(IServiceProvider services, SearchFolderLock folderLock, MarketplaceDbContext db, IOptions<IndexingOptions> options, TimeProvider time) : IHealthCheck
{
    public async Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
    {
        long position;
        int documents;
        bool rebuildNeeded;
        if (!folderLock.TryAcquire())
        {
            return HealthCheckResult.Unhealthy($"search index held by another process ({SearchFolderLock.FileName}): a reindex may be running");
        }

        try
        {
            var index = services.GetRequiredService<ISearchIndex>();
            position = index.CommittedPosition;
            documents = index.DocumentCount;
            rebuildNeeded = index.NeedsRebuild;
            index.Search(new SearchRequest { Text = "kominfo", PageSize = 1, WithFacets = false });
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            return HealthCheckResult.Unhealthy("search index unusable", e);
        }

        var data = new Dictionary<string, object> { ["committedPosition"] = position, ["documents"] = documents };
        try
        {
            var (pending, oldest) = await new SearchOutbox(db).PendingAsync(position, cancellationToken);
            var age = oldest is null ? 0 : Math.Max(0, (long)(time.GetUtcNow() - oldest.Value).TotalSeconds);
            data["pending"] = pending;
            data["oldestPendingSeconds"] = age;
            if (rebuildNeeded)
            {
                data["rebuildNeeded"] = true;
                return HealthCheckResult.Degraded("search index written by another version of the platform: the indexer is rebuilding it", data: data);
            }

            return age > options.Value.LagDegradedSeconds
                ? HealthCheckResult.Degraded($"search index {age} s behind the database", data: data)
                : HealthCheckResult.Healthy(data: data);
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            // The database check reports the outage itself; the index still answers from what it holds.
            return HealthCheckResult.Degraded("search lag unknown: database unreachable", e, data);
        }
    }
}
