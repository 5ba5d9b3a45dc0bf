using System.Security.Claims;
using Marketplace.Web.Features.Accounts;
using Marketplace.Web.Features.Adoptions;
using Marketplace.Web.Features.Catalog;

namespace Marketplace.Web.Features.Reviews;

/// <summary>
/// Reviews are verified: only members of a region whose adoption of the application runs (Berjalan) write one, and only
/// the owner region's AdminWilayah or Penerbit answer. Nobody else, the ministry included, speaks for either region.
/// </summary>
public static class ReviewPermissions
{
    public static bool CanWrite(ClaimsPrincipal user, Adoption? adoption) =>
        user.Identity?.IsAuthenticated == true && adoption is { State: AdoptionState.Berjalan }
        && user.RegionCode() == adoption.AdopterRegionCode;

    public static bool CanReply(ClaimsPrincipal user, SharedApp app) =>
        user.Identity?.IsAuthenticated == true && user.RegionCode() == app.OwnerRegionCode
        && (user.IsInRole(Roles.AdminWilayah) || user.IsInRole(Roles.Penerbit));
}
