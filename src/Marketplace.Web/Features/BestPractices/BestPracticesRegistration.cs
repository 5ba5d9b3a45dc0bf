namespace Marketplace.Web.Features.BestPractices;

/// <summary>Praktik Baik: Kurator-written articles linked to applications and regions, and the curation of applications.</summary>
public static class BestPracticesRegistration
{
    public static WebApplicationBuilder AddBestPractices(this WebApplicationBuilder builder)
    {
        builder.Services.AddScoped<ArticleService>();
        builder.Services.AddScoped<CurationService>();
        return builder;
    }

    public static WebApplication MapBestPractices(this WebApplication app)
    {
        app.MapBestPracticesApi();
        return app;
    }
}
