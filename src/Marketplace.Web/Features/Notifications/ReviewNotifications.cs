using System.Globalization;
using Marketplace.Web.Data;
using Marketplace.Web.Features.Accounts;
using Marketplace.Web.Features.Catalog;
using Marketplace.Web.Features.Regions;
using Marketplace.Web.Features.Reviews;
using Microsoft.EntityFrameworkCore;

namespace Marketplace.Web.Features.Notifications;

/// <summary>
/// Reviews as notifications: a region's review of an application reaches the owner region's AdminWilayah and Penerbit
/// (who may answer it); the owner's answer reaches the member who wrote the review. Works in its own scope and never
/// throws: the review is saved whatever happens here.
/// </summary>
internal sealed class ReviewNotifications(IServiceScopeFactory scopes, ILogger<ReviewNotifications> logger) : IReviewObserver
{
    public Task ReviewWrittenAsync(AppReview review, SharedApp app, CancellationToken cancellationToken) =>
        SafelyAsync(review, async (services, db) =>
        {
            var directory = await services.GetRequiredService<RegionDirectory>().GetAsync(cancellationToken);
            var owners = await (from user in db.Users
                                join userRole in db.UserRoles on user.Id equals userRole.UserId
                                join role in db.Roles on userRole.RoleId equals role.Id
                                where (role.Name == Roles.AdminWilayah || role.Name == Roles.Penerbit)
                                      && user.RegionCode == app.OwnerRegionCode && user.ApprovedAt != null
                                select user.Id).Distinct().ToListAsync(cancellationToken);
            return (owners, new NotificationDraft(NotificationKind.Review, "Review.Written",
                [review.AuthorName, directory.Find(review.RegionCode)?.Name ?? review.RegionCode, app.Name, review.Rating.ToString(CultureInfo.InvariantCulture)],
                Url(app, review), $"review:{review.Id}", review.AuthorId, review.AuthorName, review.Body));
        }, cancellationToken);

    public Task ReviewAnsweredAsync(AppReview review, SharedApp app, string answeredById, CancellationToken cancellationToken) =>
        SafelyAsync(review, (_, _) => Task.FromResult<(IReadOnlyList<string>, NotificationDraft)>(([review.AuthorId], new NotificationDraft(
            NotificationKind.Review, "Review.Replied", [review.ReplyByName, app.Name], Url(app, review), $"review-answer:{review.Id}",
            answeredById, review.ReplyByName, review.Reply))), cancellationToken);

    private static string Url(SharedApp app, AppReview review) => $"/katalog/{app.Slug}#ulasan-{review.Id}";

    private async Task SafelyAsync(
        AppReview review, Func<IServiceProvider, MarketplaceDbContext, Task<(IReadOnlyList<string> To, NotificationDraft Draft)>> address, CancellationToken cancellationToken)
    {
        try
        {
            await using var scope = scopes.CreateAsyncScope();
            var (to, draft) = await address(scope.ServiceProvider, scope.ServiceProvider.GetRequiredService<MarketplaceDbContext>());
            await scope.ServiceProvider.GetRequiredService<NotificationService>().NotifyAsync(to, draft, cancellationToken);
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
            // The request went away; the review is saved, its notification is lost with the request.
        }
        catch (Exception exception)
        {
            logger.LogError(exception, "Notifying about review {ReviewId} failed.", review.Id);
        }
    }
}
