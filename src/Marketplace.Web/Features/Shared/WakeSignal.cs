namespace Marketplace.Web.Features.Shared;

/// <summary>
/// Wakes a background worker of this process at once (after a save, after a message was queued) instead of at its next
/// poll. Work written by another node is found by the poll. Any number of wake-ups before the worker looks count as one.
/// </summary>
public abstract class WakeSignal
{
    private readonly SemaphoreSlim _wake = new(0, 1);

    public void Wake()
    {
        try
        {
            _wake.Release();
        }
        catch (SemaphoreFullException)
        {
            // Already woken; one wake-up covers any amount of new work.
        }
    }

    /// <summary>Waits until woken or until <paramref name="timeout"/>; true when woken.</summary>
    public Task<bool> WaitAsync(TimeSpan timeout, CancellationToken cancellationToken) => _wake.WaitAsync(timeout, cancellationToken);
}
