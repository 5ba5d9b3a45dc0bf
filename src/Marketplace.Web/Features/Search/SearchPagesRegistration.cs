using Marketplace.Web.Features.Search.Api;

namespace Marketplace.Web.Features.Search;

/// <summary>
/// What people and machines see of search: /cari, /api/v1/search, "Aplikasi serupa" (the panel, the publish form's
/// check and its two endpoints) and the curators' synonyms. The index itself is registered by AddSearch.
/// </summary>
public static class SearchPagesRegistration
{
    public static WebApplicationBuilder AddSearchPages(this WebApplicationBuilder builder)
    {
        builder.Services.AddScoped<SimilarAppsService>();
        builder.Services.AddOptions<SimilarAppsOptions>().BindConfiguration(SimilarAppsOptions.Section).ValidateDataAnnotations().ValidateOnStart();
        builder.Services.AddSimilarAppsLimits();
        builder.Services.AddScoped<SynonymList>();
        builder.Services.AddOptions<SynonymOptions>().BindConfiguration(SynonymOptions.Section).ValidateDataAnnotations().ValidateOnStart();
        builder.Services.AddSingleton<SynonymRefresher>();
        builder.Services.AddHostedService(sp => sp.GetRequiredService<SynonymRefresher>());
        return builder;
    }

    public static WebApplication MapSearchPages(this WebApplication app)
    {
        app.MapSearchApi();
        app.MapSimilarAppsApi();
        return app;
    }
}
