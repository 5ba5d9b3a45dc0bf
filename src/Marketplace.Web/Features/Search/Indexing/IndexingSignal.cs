using Marketplace.Web.Features.Shared;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace Marketplace.Web.Features.Search.Indexing;

/// <summary>Wakes the indexer at once after a save in this process, instead of at its next poll.</summary>
internal sealed class IndexingSignal : WakeSignal;

/// <summary>
/// Signals the indexer after every successful SaveChanges. It does not know whether the save touched anything searchable
/// (the triggers do): waking for nothing costs one small query.
/// </summary>
internal sealed class IndexingWakeInterceptor(IndexingSignal signal) : SaveChangesInterceptor
{
    public override int SavedChanges(SaveChangesCompletedEventData eventData, int result)
    {
        signal.Wake();
        return result;
    }

    public override ValueTask<int> SavedChangesAsync(SaveChangesCompletedEventData eventData, int result, CancellationToken cancellationToken = default)
    {
        signal.Wake();
        return ValueTask.FromResult(result);
    }
}
