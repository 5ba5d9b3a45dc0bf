using Marketplace.Web.Features.Catalog;
using Microsoft.AspNetCore.Mvc;

namespace Marketplace.Web.Features.Reviews;

/// <summary>The verified reviews on an application's page: the average in words, each review with its region and how long it has run the application.</summary>
public sealed class ReviewsViewComponent(ReviewService reviews, TimeProvider clock) : ViewComponent
{
    public async Task<IViewComponentResult> InvokeAsync(SharedApp app)
    {
        var cancellationToken = HttpContext.RequestAborted;
        var entries = await reviews.ListAsync(app.Id, cancellationToken);
        var desk = await reviews.DeskAsync(UserClaimsPrincipal, app.Slug, cancellationToken);
        return View("/Features/Reviews/_Reviews.cshtml", new ReviewsModel(
            app.Slug,
            entries,
            desk is { CanWrite: true },
            desk?.Existing is not null,
            ReviewPermissions.CanReply(UserClaimsPrincipal, app),
            clock.GetUtcNow()));
    }
}

/// <summary>What the reviews partial shows.</summary>
public sealed record ReviewsModel(string Slug, IReadOnlyList<ReviewEntry> Entries, bool CanWrite, bool HasOwn, bool CanReply, DateTimeOffset Now)
{
    public double Average => Entries.Count == 0 ? 0 : Entries.Average(e => e.Review.Rating);
}
