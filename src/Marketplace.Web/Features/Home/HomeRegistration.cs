using Microsoft.Extensions.Localization;

namespace Marketplace.Web.Features.Home;

public static class HomeRegistration
{
    public static WebApplicationBuilder AddHome(this WebApplicationBuilder builder)
    {
        builder.Services.AddRazorPages(o =>
        {
            o.RootDirectory = "/Features";
        });

        // Themes cannot reference the host, so they receive the site's text through the plain interface.
        builder.Services.AddTransient<IStringLocalizer>(sp => sp.GetRequiredService<IStringLocalizer<SiteText>>());
        return builder;
    }

    public static WebApplication MapHome(this WebApplication app)
    {
        app.MapStaticAssets();
        app.MapRazorPages().WithStaticAssets();
        return app;
    }
}
