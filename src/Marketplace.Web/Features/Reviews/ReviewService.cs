using System.Security.Claims;
using Marketplace.Web.Data;
using Marketplace.Web.Features.Accounts;
using Marketplace.Web.Features.Adoptions;
using Marketplace.Web.Features.Catalog;
using Marketplace.Web.Features.Regions;
using Microsoft.EntityFrameworkCore;

namespace Marketplace.Web.Features.Reviews;

/// <summary>One review as pages and the API show it: with the adopting region and how long it has run the application.</summary>
public sealed record ReviewEntry(AppReview Review, string RegionName, DateTimeOffset? RunningSince, DateTimeOffset? StoppedAt);

/// <summary>Where a user stands on writing a review of one application: the region's open adoption, if any, and its review.</summary>
public sealed record ReviewDesk(SharedApp App, Adoption? Adoption, AppReview? Existing, bool CanWrite);

/// <summary>
/// Writes, edits and answers verified reviews, checking rights first. One review per adoption: a second submit by the
/// region edits it. A review stays when the adoption later stops; it shows until when the region used the application.
/// </summary>
public sealed class ReviewService(MarketplaceDbContext db, AdoptionWorkflow adoptions, RegionDirectory regions, IEnumerable<IReviewObserver> observers, TimeProvider clock)
{
    /// <summary>The application if the user may see it; null for an unknown application or someone else's draft.</summary>
    public async Task<SharedApp?> FindAppAsync(ClaimsPrincipal user, string slug, CancellationToken cancellationToken) =>
        await db.Apps.AsNoTracking().SingleOrDefaultAsync(a => a.Slug == slug, cancellationToken) is { } app && CatalogPermissions.CanSee(user, app)
            ? app : null;

    /// <summary>The application, the user's region's open adoption of it and that adoption's review; null when the application is not visible.</summary>
    public async Task<ReviewDesk?> DeskAsync(ClaimsPrincipal user, string slug, CancellationToken cancellationToken)
    {
        if (await FindAppAsync(user, slug, cancellationToken) is not { } app)
        {
            return null;
        }

        var adoption = user.Identity?.IsAuthenticated == true && user.RegionCode() is { Length: > 0 } region
            ? await adoptions.FindOpenAsync(region, app.Id, cancellationToken)
            : null;
        var existing = adoption is null ? null
            : await db.Reviews.AsNoTracking().SingleOrDefaultAsync(r => r.AdoptionId == adoption.Id, cancellationToken);
        return new ReviewDesk(app, adoption, existing, ReviewPermissions.CanWrite(user, adoption));
    }

    public async Task<EditOutcome<AppReview>> SaveAsync(ClaimsPrincipal user, string slug, ReviewInput input, CancellationToken cancellationToken)
    {
        if (await FindAppAsync(user, slug, cancellationToken) is not { } app)
        {
            return EditOutcome<AppReview>.NotFound;
        }

        if (await RunningAdoptionAsync(user, app, cancellationToken) is not { } adoption || user.UserId() is not { } userId)
        {
            return EditOutcome<AppReview>.Forbidden;
        }

        var errors = ReviewChecks.Check(input);
        if (errors.Count > 0)
        {
            return EditOutcome<AppReview>.Invalid(errors);
        }

        AppReview review;
        try
        {
            review = await WriteAsync(user, userId, adoption, input, cancellationToken);
        }
        catch (DbUpdateException)
        {
            // A double submit raced past the lookup: the unique index per adoption kept one row, which this edits.
            db.ChangeTracker.Clear();
            return EditOutcome<AppReview>.Done(await WriteAsync(user, userId, adoption, input, cancellationToken));
        }

        // Only a region's first review is news to the owner region; its later edits are not announced again.
        if (review.UpdatedAt is null)
        {
            foreach (var observer in observers)
            {
                await observer.ReviewWrittenAsync(review, app, cancellationToken);
            }
        }

        return EditOutcome<AppReview>.Done(review);
    }

    public async Task<EditOutcome<AppReview>> ReplyAsync(ClaimsPrincipal user, string slug, int reviewId, ReplyInput input, CancellationToken cancellationToken)
    {
        if (await FindAppAsync(user, slug, cancellationToken) is not { } app)
        {
            return EditOutcome<AppReview>.NotFound;
        }

        var review = await db.Reviews.SingleOrDefaultAsync(r => r.Id == reviewId && r.AppId == app.Id, cancellationToken);
        if (review is null)
        {
            return EditOutcome<AppReview>.NotFound;
        }

        if (!ReviewPermissions.CanReply(user, app))
        {
            return EditOutcome<AppReview>.Forbidden;
        }

        var errors = ReviewChecks.Check(input);
        if (errors.Count > 0)
        {
            return EditOutcome<AppReview>.Invalid(errors);
        }

        var firstAnswer = review.ReplyAt is null;
        review.Reply = input.Reply!.Trim();
        review.ReplyByName = user.DisplayName();
        review.ReplyAt = clock.GetUtcNow();
        await db.SaveChangesAsync(cancellationToken);
        if (firstAnswer && user.UserId() is { } answeredById)
        {
            foreach (var observer in observers)
            {
                await observer.ReviewAnsweredAsync(review, app, answeredById, cancellationToken);
            }
        }

        return EditOutcome<AppReview>.Done(review);
    }

    /// <summary>One review of the application, for the reply page; null when unknown or of another application.</summary>
    public async Task<ReviewEntry?> FindAsync(int appId, int reviewId, CancellationToken cancellationToken) =>
        (await EntriesAsync(db.Reviews.Where(r => r.AppId == appId && r.Id == reviewId), cancellationToken)).SingleOrDefault();

    /// <summary>The application's reviews, newest first, including those whose adoption has since stopped.</summary>
    public Task<List<ReviewEntry>> ListAsync(int appId, CancellationToken cancellationToken) =>
        EntriesAsync(db.Reviews.Where(r => r.AppId == appId), cancellationToken);

    private async Task<List<ReviewEntry>> EntriesAsync(IQueryable<AppReview> reviews, CancellationToken cancellationToken)
    {
        var rows = await reviews.AsNoTracking()
            .Join(db.Adoptions, r => r.AdoptionId, a => a.Id, (r, a) => new { Review = r, a.RunningSince, a.EndedAt, a.State })
            .ToListAsync(cancellationToken);
        var directory = await regions.GetAsync(cancellationToken);
        return [.. rows
            .OrderByDescending(r => r.Review.CreatedAt).ThenByDescending(r => r.Review.Id)
            .Select(r => new ReviewEntry(
                r.Review,
                directory.Find(r.Review.RegionCode)?.Name ?? r.Review.RegionCode,
                r.RunningSince,
                r.State == AdoptionState.Berjalan ? null : r.EndedAt))];
    }

    private async Task<Adoption?> RunningAdoptionAsync(ClaimsPrincipal user, SharedApp app, CancellationToken cancellationToken) =>
        user.Identity?.IsAuthenticated == true && user.RegionCode() is { Length: > 0 } region
        && await adoptions.FindOpenAsync(region, app.Id, cancellationToken) is { } adoption && ReviewPermissions.CanWrite(user, adoption)
            ? adoption : null;

    private async Task<AppReview> WriteAsync(ClaimsPrincipal user, string userId, Adoption adoption, ReviewInput input, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow();
        var review = await db.Reviews.SingleOrDefaultAsync(r => r.AdoptionId == adoption.Id, cancellationToken);
        if (review is null)
        {
            review = new AppReview { AppId = adoption.AppId, AdoptionId = adoption.Id, RegionCode = adoption.AdopterRegionCode, AuthorId = userId, CreatedAt = now };
            db.Reviews.Add(review);
        }
        else
        {
            review.UpdatedAt = now;
        }

        // The review speaks for the region; whoever of it saved last is its author.
        review.AuthorId = userId;
        review.AuthorName = user.DisplayName();
        review.Rating = input.Rating!.Value;
        review.Body = input.Body!.Trim();
        await db.SaveChangesAsync(cancellationToken);
        return review;
    }
}
