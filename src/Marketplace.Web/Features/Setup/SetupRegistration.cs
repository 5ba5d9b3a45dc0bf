namespace Marketplace.Web.Features.Setup;

public static class SetupRegistration
{
    public static WebApplicationBuilder AddSetup(this WebApplicationBuilder builder) => builder;
}
