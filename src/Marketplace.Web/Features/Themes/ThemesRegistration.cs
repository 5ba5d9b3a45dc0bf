using Marketplace.Web.Features.Localization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.Razor;

namespace Marketplace.Web.Features.Themes;

public static class ThemesRegistration
{
    public static WebApplicationBuilder AddThemes(this WebApplicationBuilder builder)
    {
        builder.Services.AddSingleton<ThemeCatalog>();
        builder.Services.AddSingleton<ThemeResolver>();
        builder.Services.Configure<RazorViewEngineOptions>(o => o.ViewLocationExpanders.Add(new ThemeViewLocationExpander()));
        return builder;
    }

    public static WebApplication MapThemes(this WebApplication app)
    {
        // Resolve now so that a missing configured theme is reported at start, not at the first request.
        _ = app.Services.GetRequiredService<ThemeCatalog>();

        app.MapPost("/tema", ([FromForm] string theme, [FromForm] string? returnUrl, HttpContext context, ThemeCatalog catalog) =>
        {
            if (catalog.Selectable.Any(t => string.Equals(t.Name, theme, StringComparison.OrdinalIgnoreCase)))
            {
                context.Response.Cookies.Append(ThemeResolver.CookieName, theme, new CookieOptions
                {
                    Expires = DateTimeOffset.UtcNow.AddYears(1), IsEssential = true, SameSite = SameSiteMode.Lax, HttpOnly = true, Secure = context.Request.IsHttps,
                });
            }

            return Results.LocalRedirect(LocalUrl.OrRoot(returnUrl));
        }).ExcludeFromDescription();
        return app;
    }
}
