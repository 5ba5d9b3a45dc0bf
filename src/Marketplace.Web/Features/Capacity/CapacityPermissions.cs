using System.Security.Claims;
using Marketplace.Web.Features.Accounts;

namespace Marketplace.Web.Features.Capacity;

/// <summary>
/// A region's infrastructure is not public (it describes government servers): its members, Kurator and Administrator
/// read it; only the region's own AdminWilayah declares it.
/// </summary>
public static class CapacityPermissions
{
    public static bool CanView(ClaimsPrincipal user, string regionCode) =>
        user.Identity?.IsAuthenticated == true
        && (user.IsInRole(Roles.Kurator) || user.IsInRole(Roles.Administrator) || user.RegionCode() == regionCode);

    public static bool CanEdit(ClaimsPrincipal user, string regionCode) =>
        user.Identity?.IsAuthenticated == true && user.IsInRole(Roles.AdminWilayah) && user.RegionCode() == regionCode;
}
