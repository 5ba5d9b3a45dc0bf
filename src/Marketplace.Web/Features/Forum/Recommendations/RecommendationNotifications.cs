using Marketplace.Web.Data;
using Marketplace.Web.Features.Notifications;
using Microsoft.EntityFrameworkCore;

namespace Marketplace.Web.Features.Forum.Recommendations;

/// <summary>
/// An endorsement as a notification for the recommendation's creator and the source thread's watchers (Kemenkominfo's
/// word on their discussion). Works in its own scope and never throws: the endorsement is saved whatever happens here.
/// The source board's readers include every watcher (a members-only board is read by every signed-in member), so no filter.
/// </summary>
internal sealed class RecommendationNotifications(IServiceScopeFactory scopes, ILogger<RecommendationNotifications> logger) : IRecommendationObserver
{
    public async Task EndorsedAsync(Recommendation recommendation, string endorserId, CancellationToken cancellationToken)
    {
        try
        {
            await using var scope = scopes.CreateAsyncScope();
            var notifications = scope.ServiceProvider.GetRequiredService<NotificationService>();
            var db = scope.ServiceProvider.GetRequiredService<MarketplaceDbContext>();
            var board = await db.ForumBoards.AsNoTracking().Where(b => b.Id == recommendation.BoardId).Select(b => b.Name).SingleAsync(cancellationToken);
            var watchers = await notifications.WatchersOfAsync(WatchTarget.Thread, recommendation.SourceThreadId, cancellationToken);
            await notifications.NotifyAsync([recommendation.CreatedById, .. watchers], new NotificationDraft(
                NotificationKind.Recommendation, "Forum.RecommendationEndorsed", [recommendation.EndorsedByName, recommendation.Title, board],
                RecommendationService.Url(recommendation.Id, recommendation.Title), $"recommendation-endorsed:{recommendation.Id}",
                endorserId, recommendation.EndorsedByName), cancellationToken);
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
            // The request went away; the endorsement is saved, its notifications are lost with the request.
        }
        catch (Exception exception)
        {
            logger.LogError(exception, "Notifying about the endorsement of recommendation {Id} failed.", recommendation.Id);
        }
    }
}
