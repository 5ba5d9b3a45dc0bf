using System.Security.Claims;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Options;

namespace Marketplace.Web.Features.Accounts;

/// <summary>Adds the user's region and two-factor state to the sign-in cookie, so requests need no database round trip for them.</summary>
internal sealed class AccountClaimsFactory(UserManager<ApplicationUser> users, RoleManager<Microsoft.AspNetCore.Identity.IdentityRole> roles, IOptions<IdentityOptions> options)
    : UserClaimsPrincipalFactory<ApplicationUser, Microsoft.AspNetCore.Identity.IdentityRole>(users, roles, options)
{
    public const string RegionClaim = "mk:region";
    public const string TwoFactorClaim = "mk:2fa";
    public const string FullNameClaim = "mk:name";

    protected override async Task<ClaimsIdentity> GenerateClaimsAsync(ApplicationUser user)
    {
        var identity = await base.GenerateClaimsAsync(user);
        identity.AddClaim(new Claim(RegionClaim, user.RegionCode));
        identity.AddClaim(new Claim(FullNameClaim, user.FullName));
        if (user.TwoFactorEnabled)
        {
            identity.AddClaim(new Claim(TwoFactorClaim, "1"));
        }

        return identity;
    }
}

public static class AccountClaims
{
    /// <summary>The signed-in account's id (the Identity user id), or null for a visitor.</summary>
    public static string? UserId(this ClaimsPrincipal user) => user.FindFirstValue(ClaimTypes.NameIdentifier);

    public static string? RegionCode(this ClaimsPrincipal user) => user.FindFirstValue(AccountClaimsFactory.RegionClaim);

    public static string DisplayName(this ClaimsPrincipal user) => user.FindFirstValue(AccountClaimsFactory.FullNameClaim) ?? user.Identity?.Name ?? "";

    public static bool HasTwoFactor(this ClaimsPrincipal user) => user.HasClaim(AccountClaimsFactory.TwoFactorClaim, "1");

    public static bool MustUseTwoFactor(this ClaimsPrincipal user) => Roles.RequireTwoFactor.Any(user.IsInRole);
}
