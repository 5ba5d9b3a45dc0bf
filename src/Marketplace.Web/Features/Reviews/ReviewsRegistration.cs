namespace Marketplace.Web.Features.Reviews;

/// <summary>Verified reviews: written by regions whose adoption runs, answered by the owner region, public on the page and the API.</summary>
public static class ReviewsRegistration
{
    public static WebApplicationBuilder AddReviews(this WebApplicationBuilder builder)
    {
        builder.Services.AddScoped<ReviewService>();
        return builder;
    }

    public static WebApplication MapReviews(this WebApplication app)
    {
        app.MapReviewsApi();
        return app;
    }
}
