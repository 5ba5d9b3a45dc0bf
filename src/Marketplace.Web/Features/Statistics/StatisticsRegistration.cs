namespace Marketplace.Web.Features.Statistics;

public static class StatisticsRegistration
{
    public static WebApplicationBuilder AddStatistics(this WebApplicationBuilder builder)
    {
        builder.Services.AddOptions<StatisticsOptions>()
            .Bind(builder.Configuration.GetSection(StatisticsOptions.Section))
            .ValidateDataAnnotations()
            .ValidateOnStart();
        builder.Services.AddSingleton<StatisticsCache>();
        builder.Services.AddSingleton<Adoptions.IAdoptionObserver, StatisticsInvalidation>();
        builder.Services.AddScoped<StatisticsService>();
        return builder;
    }

    public static WebApplication MapStatistics(this WebApplication app)
    {
        app.MapStatisticsApi();
        return app;
    }
}
