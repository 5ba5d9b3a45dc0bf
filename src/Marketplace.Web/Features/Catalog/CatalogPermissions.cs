using System.Security.Claims;
using Marketplace.Web.Features.Accounts;

namespace Marketplace.Web.Features.Catalog;

/// <summary>
/// Who may create and edit applications: an AdminWilayah or Penerbit of the owner region, or any Kurator.
/// Everyone else gets 403.
/// </summary>
public static class CatalogPermissions
{
    /// <summary>Whether <paramref name="user"/> may publish applications owned by <paramref name="regionCode"/>.</summary>
    public static bool CanPublishFor(ClaimsPrincipal user, string regionCode) =>
        user.Identity?.IsAuthenticated == true
        && (user.IsInRole(Roles.Kurator)
            || ((user.IsInRole(Roles.AdminWilayah) || user.IsInRole(Roles.Penerbit)) && user.RegionCode() == regionCode));

    public static bool CanEdit(ClaimsPrincipal user, SharedApp app) => CanPublishFor(user, app.OwnerRegionCode);

    /// <summary>Drafts are seen only by those who may edit them; published and archived applications by everyone.</summary>
    public static bool CanSee(ClaimsPrincipal user, SharedApp app) => app.Status != AppStatus.Draft || CanEdit(user, app);

    /// <summary>
    /// The answer to someone who wants to change <paramref name="app"/>: NotFound when it is unknown or hidden from them
    /// (a draft of another region stays invisible), Forbidden when they may see but not edit it, else Done.
    /// </summary>
    public static EditStatus EditAccess(ClaimsPrincipal user, SharedApp? app) =>
        app is null || !CanSee(user, app) ? EditStatus.NotFound : CanEdit(user, app) ? EditStatus.Done : EditStatus.Forbidden;

    /// <summary>Whether the user may publish at all (for their own region).</summary>
    public static bool CanPublishAnything(ClaimsPrincipal user) =>
        user.IsInRole(Roles.Kurator) || user.IsInRole(Roles.AdminWilayah) || user.IsInRole(Roles.Penerbit);
}
