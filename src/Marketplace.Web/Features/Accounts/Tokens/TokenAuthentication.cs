using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.Identity;

namespace Marketplace.Web.Features.Accounts.Tokens;

/// <summary>
/// How /api requests authenticate: a bearer personal access token when one is sent, else the session cookie; and
/// an API call is never sent to the login page (401 and 403 instead of redirects).
/// </summary>
public static class TokenAuthentication
{
    public const string BearerScheme = "Bearer";

    /// <summary>The default scheme: picks the bearer token or the cookie per request.</summary>
    public const string SelectorScheme = "CookieOrBearer";

    /// <summary>Passes everyone except a request whose token was refused, which is challenged (401) even on public endpoints.</summary>
    public const string ApiPolicy = "Api";

    public static IServiceCollection AddPersonalAccessTokens(this IServiceCollection services)
    {
        services.AddScoped<PersonalAccessTokens>();
        services.AddAuthentication()
            .AddScheme<AuthenticationSchemeOptions, BearerTokenHandler>(BearerScheme, null)
            .AddPolicyScheme(SelectorScheme, null, o => o.ForwardDefaultSelector = context =>
                IsApi(context.Request) && TryGetBearer(context.Request, out _) ? BearerScheme : IdentityConstants.ApplicationScheme);

        // Runs after AddIdentity's defaults, which name the cookie for everything.
        services.Configure<AuthenticationOptions>(o =>
        {
            o.DefaultAuthenticateScheme = SelectorScheme;
            o.DefaultChallengeScheme = SelectorScheme;
            o.DefaultForbidScheme = SelectorScheme;
        });
        services.ConfigureApplicationCookie(o =>
        {
            var toLogin = o.Events.OnRedirectToLogin;
            var toDenied = o.Events.OnRedirectToAccessDenied;
            o.Events.OnRedirectToLogin = context => IsApi(context.Request) ? Answer(context, StatusCodes.Status401Unauthorized) : toLogin(context);
            o.Events.OnRedirectToAccessDenied = context => IsApi(context.Request) ? Answer(context, StatusCodes.Status403Forbidden) : toDenied(context);
        });
        services.AddAuthorizationBuilder().AddPolicy(ApiPolicy, p => p.RequireAssertion(context =>
            context.Resource is not HttpContext http || !http.Items.ContainsKey(BearerTokenHandler.RefusedKey)));
        return services;
    }

    internal static bool TryGetBearer(HttpRequest request, out string token)
    {
        var header = request.Headers.Authorization.ToString();
        token = header.StartsWith("Bearer ", StringComparison.OrdinalIgnoreCase) ? header["Bearer ".Length..].Trim() : "";
        return token.Length > 0;
    }

    // Tokens are for scripts calling the API; a stolen token must not open the account pages (where new tokens are made).
    private static bool IsApi(HttpRequest request) => request.Path.StartsWithSegments("/api");

    private static Task Answer(RedirectContext<CookieAuthenticationOptions> context, int status)
    {
        context.Response.StatusCode = status;
        if (status == StatusCodes.Status401Unauthorized)
        {
            context.Response.Headers.WWWAuthenticate = BearerScheme;
        }

        return Task.CompletedTask;
    }
}
