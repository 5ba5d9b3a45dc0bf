using Marketplace.Web.Features.Catalog;

namespace Marketplace.Web.Features.Reviews;

/// <summary>
/// Told by <see cref="ReviewService"/> after a region's first review of an application, or the owner region's first
/// answer to one, is saved; notifications plug in here without the review feature knowing them. An observer must not throw.
/// </summary>
public interface IReviewObserver
{
    Task ReviewWrittenAsync(AppReview review, SharedApp app, CancellationToken cancellationToken);

    Task ReviewAnsweredAsync(AppReview review, SharedApp app, string answeredById, CancellationToken cancellationToken);
}
