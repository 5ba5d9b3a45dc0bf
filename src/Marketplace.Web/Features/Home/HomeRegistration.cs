using Marketplace.Web.Features.Localization;
using Marketplace.Web.Features.Shared;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Localization;
using Microsoft.Extensions.Options;

namespace Marketplace.Web.Features.Home;

public static class HomeRegistration
{
    public static WebApplicationBuilder AddHome(this WebApplicationBuilder builder)
    {
        builder.Services.AddRazorPages(o =>
            {
                o.RootDirectory = "/Features";
            })
            .AddMvcOptions(o =>
            {
                o.Filters.Add<ValidateEmptyFormsFilter>();

                // Forms say [Required] where they mean it; a non-nullable string is not required by itself
                // (an empty contact row, for one, is dropped rather than refused).
                o.SuppressImplicitRequiredAttributeForNonNullableReferenceTypes = true;
            })
            .AddDataAnnotationsLocalization(o => o.DataAnnotationLocalizerProvider = FeatureTextProvider.For)

            // Forms validate on the server only (they work without JavaScript), so no data-val-* attributes.
            .AddViewOptions(o => o.HtmlHelperOptions.ClientValidationEnabled = false);
        builder.Services.AddSingleton<IConfigureOptions<MvcOptions>, BindingMessages>();

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
