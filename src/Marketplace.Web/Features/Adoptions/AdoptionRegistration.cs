using Marketplace.Web.Features.Adoptions.Api;

namespace Marketplace.Web.Features.Adoptions;

public static class AdoptionRegistration
{
    public static WebApplicationBuilder AddAdoptions(this WebApplicationBuilder builder)
    {
        builder.Services.AddScoped<AdoptionWorkflow>();
        builder.Services.AddScoped<AdoptionReader>();
        return builder;
    }

    public static WebApplication MapAdoptions(this WebApplication app)
    {
        app.MapAdoptionApi();
        return app;
    }
}
