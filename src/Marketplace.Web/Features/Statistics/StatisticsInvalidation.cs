using Marketplace.Web.Features.Adoptions;

namespace Marketplace.Web.Features.Statistics;

/// <summary>A request or a move of an adoption changes the figures: the next view of /statistik counts again.</summary>
internal sealed class StatisticsInvalidation(StatisticsCache cache) : IAdoptionObserver
{
    public Task ChangedAsync(Adoption adoption, AdoptionEvent change, CancellationToken cancellationToken)
    {
        cache.Invalidate();
        return Task.CompletedTask;
    }
}
