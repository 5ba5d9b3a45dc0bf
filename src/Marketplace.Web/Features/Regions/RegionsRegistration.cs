using Marketplace.Web.Data;

namespace Marketplace.Web.Features.Regions;

public static class RegionsRegistration
{
    public static WebApplicationBuilder AddRegions(this WebApplicationBuilder builder)
    {
        builder.Services.AddSingleton<RegionDirectory>();
        builder.Services.AddScoped<RegionProfile>();
        builder.Services.AddScoped<IDataSeeder, RegionSeeder>();
        return builder;
    }

    public static WebApplication MapRegions(this WebApplication app)
    {
        app.MapRegionsApi();
        return app;
    }
}
