namespace Marketplace.Web.Features.Catalog.PublicCode;

public static class PublicCodeRegistration
{
    public static WebApplicationBuilder AddPublicCode(this WebApplicationBuilder builder) => builder;

    public static WebApplication MapPublicCode(this WebApplication app)
    {
        app.MapPublicCodeApi();
        return app;
    }
}
