namespace Marketplace.Web.Features.Forum.Recommendations;

/// <summary>Told after a recommendation's change is saved, so notifications (and later e-mail) plug in without the forum knowing them.</summary>
public interface IRecommendationObserver
{
    /// <summary>A Kurator endorsed <paramref name="recommendation"/> (already saved as Disahkan).</summary>
    Task EndorsedAsync(Recommendation recommendation, string endorserId, CancellationToken cancellationToken);
}
