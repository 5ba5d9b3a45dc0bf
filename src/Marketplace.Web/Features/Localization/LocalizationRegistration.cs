using System.Globalization;
using Microsoft.AspNetCore.Localization;
using Microsoft.AspNetCore.Mvc;

namespace Marketplace.Web.Features.Localization;

/// <summary>Bahasa Indonesia first, English second; the choice is kept in a cookie, else taken from Accept-Language.</summary>
public static class LocalizationRegistration
{
    public static readonly CultureInfo[] Cultures = [new("id"), new("en")];

    public static WebApplicationBuilder AddLocalizationFeature(this WebApplicationBuilder builder)
    {
        builder.Services.AddLocalization();
        builder.Services.Configure<RequestLocalizationOptions>(o =>
        {
            o.DefaultRequestCulture = new RequestCulture("id");
            o.SupportedCultures = Cultures;
            o.SupportedUICultures = Cultures;
            o.FallBackToParentCultures = true;
            o.FallBackToParentUICultures = true;
            o.RequestCultureProviders =
            [
                new CookieRequestCultureProvider(),
                new AcceptLanguageHeaderRequestCultureProvider(),
            ];
        });
        return builder;
    }

    public static WebApplication UseLocalizationFeature(this WebApplication app)
    {
        app.UseRequestLocalization();
        return app;
    }

    public static WebApplication MapLocalizationFeature(this WebApplication app)
    {
        app.MapPost("/bahasa", async ([FromForm] string culture, [FromForm] string? returnUrl, HttpContext context, ILanguagePreference preference) =>
        {
            if (Cultures.Any(c => c.Name == culture))
            {
                await preference.RememberAsync(context.User, culture, context.RequestAborted);
                context.Response.Cookies.Append(
                    CookieRequestCultureProvider.DefaultCookieName,
                    CookieRequestCultureProvider.MakeCookieValue(new RequestCulture(culture)),
                    new CookieOptions { Expires = DateTimeOffset.UtcNow.AddYears(1), IsEssential = true, SameSite = SameSiteMode.Lax, HttpOnly = true, Secure = context.Request.IsHttps });
            }

            return Results.LocalRedirect(LocalUrl.OrRoot(returnUrl));
        }).ExcludeFromDescription();
        return app;
    }
}

/// <summary>Keeps redirects on this site: anything that is not a local path becomes "/".</summary>
public static class LocalUrl
{
    public static string OrRoot(string? url) =>
        !string.IsNullOrEmpty(url) && url[0] == '/' && (url.Length == 1 || (url[1] != '/' && url[1] != '\\')) ? url : "/";
}
