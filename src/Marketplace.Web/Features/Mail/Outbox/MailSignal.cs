namespace Marketplace.Web.Features.Mail.Outbox;

/// <summary>
/// Wakes this node's sender when a message is queued here, so mail goes out in milliseconds instead of at the next
/// poll. Another node's messages are found by polling (<see cref="OutboxOptions.PollInterval"/>).
/// </summary>
public sealed class MailSignal
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
            // Already woken; one wake-up is enough for any number of messages.
        }
    }

    /// <summary>Waits until woken or until <paramref name="timeout"/>; true when woken.</summary>
    public Task<bool> WaitAsync(TimeSpan timeout, CancellationToken cancellationToken) => _wake.WaitAsync(timeout, cancellationToken);
}
