namespace Marketplace.Web.Features.Forum.Recommendations;

/// <summary>
/// Pokja recommendations: versioned documents produced from a pokja thread, reviewed by the pokja and endorsed by a
/// Kurator; pages under /forum/rekomendasi and /forum/{board}/rekomendasi, and a read API. Called from ForumRegistration.
/// </summary>
public static class RecommendationsRegistration
{
    public static WebApplicationBuilder AddForumRecommendations(this WebApplicationBuilder builder)
    {
        builder.Services.AddScoped<RecommendationService>();
        builder.Services.AddSingleton<IRecommendationObserver, RecommendationNotifications>();
        return builder;
    }

    public static WebApplication MapForumRecommendations(this WebApplication app)
    {
        app.MapRecommendationApi();
        return app;
    }
}
