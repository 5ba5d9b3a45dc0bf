using System.Text.Encodings.Web;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Options;

namespace Marketplace.Web.Features.Accounts.Tokens;

/// <summary>
/// "Authorization: Bearer fk_...": the token's owner with the same claims a cookie sign-in gives (region, two-factor),
/// as long as the token is neither revoked nor expired and the account may still sign in.
/// </summary>
internal sealed class BearerTokenHandler(
    IOptionsMonitor<AuthenticationSchemeOptions> options,
    ILoggerFactory logger,
    UrlEncoder encoder,
    PersonalAccessTokens tokens,
    UserManager<ApplicationUser> users,
    IUserClaimsPrincipalFactory<ApplicationUser> claims) : AuthenticationHandler<AuthenticationSchemeOptions>(options, logger, encoder)
{
    /// <summary>Set on the request when it carried a token that was refused, so that even public endpoints answer 401.</summary>
    internal const string RefusedKey = "mk:token-refused";

    protected override async Task<AuthenticateResult> HandleAuthenticateAsync()
    {
        if (!TokenAuthentication.TryGetBearer(Request, out var secret))
        {
            return AuthenticateResult.NoResult();
        }

        var token = await tokens.UseAsync(secret, Context.RequestAborted);
        var user = token is null ? null : await users.FindByIdAsync(token.UserId);
        if (user is null || !user.EmailConfirmed || user.ApprovedAt is null || await users.IsLockedOutAsync(user))
        {
            Context.Items[RefusedKey] = true;
            return AuthenticateResult.Fail("The token is unknown, expired or revoked, or its account may not sign in.");
        }

        var principal = await claims.CreateAsync(user);
        return AuthenticateResult.Success(new AuthenticationTicket(principal, Scheme.Name));
    }

    protected override async Task HandleChallengeAsync(AuthenticationProperties properties)
    {
        var refused = Context.Items.ContainsKey(RefusedKey);
        Response.StatusCode = StatusCodes.Status401Unauthorized;
        Response.Headers.WWWAuthenticate = refused ? "Bearer error=\"invalid_token\"" : "Bearer";
        await Results.Problem(
                statusCode: StatusCodes.Status401Unauthorized,
                detail: refused ? "The access token is unknown, expired or revoked." : "Send a personal access token: Authorization: Bearer fk_...")
            .ExecuteAsync(Context);
    }

    protected override Task HandleForbiddenAsync(AuthenticationProperties properties) =>
        Results.Problem(statusCode: StatusCodes.Status403Forbidden, detail: "The token's account may not do this.").ExecuteAsync(Context);
}
