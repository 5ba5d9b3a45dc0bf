using Microsoft.EntityFrameworkCore.Diagnostics;

namespace Marketplace.Web.Features.Search.Indexing;

/// <summary>Wakes the indexer at once after a save in this process, instead of at its next poll.</summary>
internal sealed class IndexingSignal
{
    private readonly SemaphoreSlim _signal = new(0, 1);

    public void Set()
    {
        try
        {
            _signal.Release();
        }
        catch (SemaphoreFullException)
        {
            // Already set: one wake-up covers any number of saves.
        }
    }

    /// <summary>Waits for a save or for <paramref name="timeout"/>, whichever comes first.</summary>
    public Task WaitAsync(TimeSpan timeout, CancellationToken cancellationToken) => _signal.WaitAsync(timeout, cancellationToken);
}

/// <summary>
/// Signals the indexer after every successful SaveChanges. It does not know whether the save touched anything searchable
/// (the triggers do): waking for nothing costs one small query.
/// </summary>
internal sealed class IndexingWakeInterceptor(IndexingSignal signal) : SaveChangesInterceptor
{
    public override int SavedChanges(SaveChangesCompletedEventData eventData, int result)
    {
        signal.Set();
        return result;
    }

    public override ValueTask<int> SavedChangesAsync(SaveChangesCompletedEventData eventData, int result, CancellationToken cancellationToken = default)
    {
        signal.Set();
        return ValueTask.FromResult(result);
    }
}
