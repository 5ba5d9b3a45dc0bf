namespace Marketplace.Web.Features.Demo;

public static class DemoRegistration
{
    public static WebApplicationBuilder AddDemo(this WebApplicationBuilder builder) => builder;
}
