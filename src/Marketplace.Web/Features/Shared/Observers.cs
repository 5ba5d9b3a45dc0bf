namespace Marketplace.Web.Features.Shared;

/// <summary>
/// Tells every observer of a saved change, one after the other. The change is already saved when observers hear of it,
/// so a failing observer is logged and passed over: it must not turn the writer's success into an error page, nor keep
/// the observers after it from hearing. Cancellation still stops the round.
/// </summary>
public static class Observers
{
    public static async Task TellAllAsync<T>(IEnumerable<T> observers, Func<T, Task> call, ILogger logger)
        where T : notnull
    {
        foreach (var observer in observers)
        {
            try
            {
                await call(observer);
            }
            catch (Exception exception) when (exception is not OperationCanceledException)
            {
                logger.LogError(exception, "{Kind} {Observer} failed", typeof(T).Name, observer.GetType().Name);
            }
        }
    }
}
