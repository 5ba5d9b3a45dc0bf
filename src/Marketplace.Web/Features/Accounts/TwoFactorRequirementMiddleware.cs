namespace Marketplace.Web.Features.Accounts;

/// <summary>
/// Kurator and Administrator accounts must use two-factor authentication: until they have turned it on,
/// every page sends them to the authenticator setup, and the API refuses them.
/// </summary>
internal sealed class TwoFactorRequirementMiddleware(RequestDelegate next)
{
    internal const string SetupPath = "/akun/keamanan/autentikator";

    private static readonly string[] AllowedPrefixes = ["/akun/keamanan", "/akun/keluar", "/bahasa", "/tema", "/_content", "/health", "/galat", "/status"];

    public Task InvokeAsync(HttpContext context)
    {
        var user = context.User;
        if (user.Identity?.IsAuthenticated != true || !user.MustUseTwoFactor() || user.HasTwoFactor()
            || AllowedPrefixes.Any(p => context.Request.Path.StartsWithSegments(p)) || Path.HasExtension(context.Request.Path.Value))
        {
            return next(context);
        }

        if (context.Request.Path.StartsWithSegments("/api"))
        {
            return Results.Problem(statusCode: StatusCodes.Status403Forbidden, title: "Two-factor authentication required",
                detail: "This role must turn on two-factor authentication before using the API.").ExecuteAsync(context);
        }

        context.Response.Redirect(SetupPath);
        return Task.CompletedTask;
    }
}
