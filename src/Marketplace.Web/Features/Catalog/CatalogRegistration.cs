namespace Marketplace.Web.Features.Catalog;

public static class CatalogRegistration
{
    public static WebApplicationBuilder AddCatalog(this WebApplicationBuilder builder)
    {
        builder.Services.AddScoped<CatalogQuery>();
        builder.Services.AddScoped<CatalogEditor>();
        builder.Services.AddSingleton<ILicenseCheck, SpdxLicenseCheck>();
        return builder;
    }

    public static WebApplication MapCatalog(this WebApplication app)
    {
        Api.CatalogApi.MapCatalogApi(app);
        return app;
    }
}
