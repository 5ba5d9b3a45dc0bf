namespace Marketplace.Web.Features.Admin;

public static class AdminRegistration
{
    public static WebApplicationBuilder AddAdmin(this WebApplicationBuilder builder)
    {
        builder.Services.AddScoped<UserAdministration>();
        return builder;
    }
}
