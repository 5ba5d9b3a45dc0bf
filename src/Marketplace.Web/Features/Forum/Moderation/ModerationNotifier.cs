using Marketplace.Web.Features.Shared;

namespace Marketplace.Web.Features.Forum.Moderation;

/// <summary>Calls every <see cref="IModerationObserver"/> after a saved change; a failing observer is logged, never shown.</summary>
public sealed class ModerationNotifier(IEnumerable<IModerationObserver> observers, ILogger<ModerationNotifier> logger)
{
    public Task TellAsync(Func<IModerationObserver, Task> call) => Observers.TellAllAsync(observers, call, logger);
}
