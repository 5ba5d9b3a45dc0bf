namespace Marketplace.Web.Features.Catalog;

public static class CatalogRegistration
{
    public static WebApplicationBuilder AddCatalog(this WebApplicationBuilder builder) => builder;

    public static WebApplication MapCatalog(this WebApplication app) => app;
}
