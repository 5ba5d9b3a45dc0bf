using System.Security.Claims;
using Marketplace.Web.Features.Accounts;

namespace Marketplace.Web.Features.Adoptions;

/// <summary>
/// Who acts for which side of an adoption. The owner side is the owner region's AdminWilayah; the adopter side is the
/// adopting region's AdminWilayah or the member who asked. Members of either region, Kurator and Administrator may read it.
/// </summary>
public static class AdoptionPermissions
{
    /// <summary>Any signed-in member of a region may ask to adopt another region's application.</summary>
    public static bool CanRequest(ClaimsPrincipal user) =>
        user.Identity?.IsAuthenticated == true && !string.IsNullOrEmpty(user.RegionCode());

    public static IReadOnlyCollection<AdoptionSide> SidesOf(ClaimsPrincipal user, Adoption adoption)
    {
        var sides = new List<AdoptionSide>(2);
        if (user.Identity?.IsAuthenticated != true || user.RegionCode() is not { } region)
        {
            return sides;
        }

        if (region == adoption.OwnerRegionCode && user.IsInRole(Roles.AdminWilayah))
        {
            sides.Add(AdoptionSide.Owner);
        }

        if (region == adoption.AdopterRegionCode && (user.IsInRole(Roles.AdminWilayah) || user.UserId() == adoption.RequestedById))
        {
            sides.Add(AdoptionSide.Adopter);
        }

        return sides;
    }

    /// <summary>Both regions' members and the ministry's curators see the request, its history and its plan.</summary>
    public static bool CanRead(ClaimsPrincipal user, Adoption adoption) =>
        user.Identity?.IsAuthenticated == true
        && (user.IsInRole(Roles.Kurator) || user.IsInRole(Roles.Administrator)
            || user.RegionCode() is { } region && (region == adoption.OwnerRegionCode || region == adoption.AdopterRegionCode));

    /// <summary>The adopting region's members edit the work plan while the adoption is approved, planned or running.</summary>
    public static bool CanEditPlan(ClaimsPrincipal user, Adoption adoption) =>
        user.Identity?.IsAuthenticated == true
        && user.RegionCode() == adoption.AdopterRegionCode
        && adoption.State is AdoptionState.Disetujui or AdoptionState.Perencanaan or AdoptionState.Berjalan;
}
