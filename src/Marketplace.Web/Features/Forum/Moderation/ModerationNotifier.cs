namespace Marketplace.Web.Features.Forum.Moderation;

/// <summary>Calls every <see cref="IModerationObserver"/> after a saved change; a failing observer is logged, never shown.</summary>
public sealed class ModerationNotifier(IEnumerable<IModerationObserver> observers, ILogger<ModerationNotifier> logger)
{
    public async Task TellAsync(Func<IModerationObserver, Task> call)
    {
        foreach (var observer in observers)
        {
            try
            {
                await call(observer);
            }
            catch (Exception exception) when (exception is not OperationCanceledException)
            {
                logger.LogError(exception, "Moderation observer {Observer} failed", observer.GetType().Name);
            }
        }
    }
}
