using System.Security.Claims;
using Marketplace.Web.Features.Accounts;

namespace Marketplace.Web.Features.Search;

/// <summary>The search viewer of a request: pages and API alike, so both answer the same hits to the same person.</summary>
public static class SearchViewers
{
    /// <summary>
    /// A visitor sees public entries; a signed-in member also members-only boards. Drafts follow the catalog's rule
    /// (<see cref="Catalog.CatalogPermissions.CanSee"/>): only those who may edit them, so the drafts of their own region for an
    /// AdminWilayah or Penerbit, and every region's for a Kurator. A plain member or an Administrator would otherwise get
    /// hits whose page answers 404, with the draft's words in the snippet.
    /// </summary>
    public static SearchViewer For(ClaimsPrincipal user)
    {
        if (user.Identity?.IsAuthenticated != true)
        {
            return SearchViewer.Anonymous;
        }

        var publishes = user.IsInRole(Roles.AdminWilayah) || user.IsInRole(Roles.Penerbit);
        return new SearchViewer(true, publishes ? user.RegionCode() : null, user.IsInRole(Roles.Kurator));
    }
}
