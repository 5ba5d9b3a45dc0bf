using Marketplace.Web.Features.Catalog.Api;
using Marketplace.Web.Features.Catalog.PublicCode;

namespace Marketplace.Web.Features.Catalog;

public static class CatalogRegistration
{
    public static WebApplicationBuilder AddCatalog(this WebApplicationBuilder builder)
    {
        builder.Services.AddScoped<CatalogQuery>();
        builder.Services.AddScoped<CatalogEditor>();
        builder.Services.AddScoped<CatalogImages>();
        builder.Services.AddSingleton<CatalogCache>();
        builder.Services.AddSingleton<ILicenseCheck, SpdxLicenseCheck>();
        return builder.AddPublicCode();
    }

    public static WebApplication MapCatalog(this WebApplication app)
    {
        app.MapCatalogApi();
        return app.MapPublicCode();
    }
}
