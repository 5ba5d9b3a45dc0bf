using Marketplace.Web.Features.Accounts;

namespace Marketplace.Web.Features.Setup;

public static class SetupRegistration
{
    public static WebApplicationBuilder AddSetup(this WebApplicationBuilder builder)
    {
        builder.Services.AddSingleton<FirstRun>();
        builder.Services.AddSingleton<IFirstRunState>(sp => sp.GetRequiredService<FirstRun>());
        builder.Services.AddHostedService<SetupAnnouncer>();
        return builder;
    }
}
