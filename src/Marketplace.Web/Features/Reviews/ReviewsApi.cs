using System.ComponentModel;
using System.Security.Claims;
using Marketplace.Web.Features.Accounts.Tokens;
using Marketplace.Web.Features.Catalog.Api;
using Microsoft.AspNetCore.Http.HttpResults;

namespace Marketplace.Web.Features.Reviews;

/// <summary>Verified reviews are public, like the application they review (drafts stay hidden: 404).</summary>
public static class ReviewsApi
{
    public static IEndpointRouteBuilder MapReviewsApi(this IEndpointRouteBuilder app)
    {
        app.MapGroup("/api/v1/apps").WithTags("Reviews").RequireAuthorization(TokenAuthentication.ApiPolicy)
            .MapGet("/{slug}/reviews", ListAsync)
            .WithName("ListAppReviews")
            .WithSummary("Lists an application's verified reviews, newest first")
            .ProducesProblem(StatusCodes.Status404NotFound)
            .WithDescription("Only regions whose adoption reached berjalan write reviews; a review stays when the adoption later stops.");
        return app;
    }

    internal static async Task<Results<Ok<List<ReviewResponse>>, ProblemHttpResult>> ListAsync(
        [Description("The application's address, for example \"e-office\".")] string slug,
        ClaimsPrincipal user,
        ReviewService reviews,
        CancellationToken cancellationToken)
    {
        if (await reviews.FindAppAsync(user, slug, cancellationToken) is not { } app)
        {
            return ApiProblems.NotFound(slug);
        }

        var entries = await reviews.ListAsync(app.Id, cancellationToken);
        return TypedResults.Ok(entries.Select(ReviewResponse.From).ToList());
    }
}

/// <summary>One verified review.</summary>
public sealed record ReviewResponse(
    int Id,
    [property: Description("The adopting region that wrote it.")] RegionRef Region,
    [property: Description("1 to 5.")] int Rating,
    [property: Description("Markdown.")] string Body,
    DateTimeOffset CreatedAt,
    DateTimeOffset? UpdatedAt,
    [property: Description("When the region's adoption went live.")] DateTimeOffset? RunningSince,
    [property: Description("When the adoption stopped; null while it runs.")] DateTimeOffset? StoppedAt,
    [property: Description("The owner region's answer; null without one.")] ReviewReplyResponse? Reply)
{
    public static ReviewResponse From(ReviewEntry entry)
    {
        var review = entry.Review;
        return new(
            review.Id,
            new RegionRef(review.RegionCode, entry.RegionName),
            review.Rating,
            review.Body,
            review.CreatedAt,
            review.UpdatedAt,
            entry.RunningSince,
            entry.StoppedAt,
            review.Reply is null ? null : new ReviewReplyResponse(review.Reply, review.ReplyAt));
    }
}

/// <summary>The owner region's answer to a review.</summary>
public sealed record ReviewReplyResponse([property: Description("Markdown.")] string Body, DateTimeOffset? At);
