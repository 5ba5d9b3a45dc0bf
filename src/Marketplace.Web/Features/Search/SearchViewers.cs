using System.Security.Claims;
using Marketplace.Web.Features.Accounts;

namespace Marketplace.Web.Features.Search;

/// <summary>The search viewer of a request: pages and API alike, so both answer the same hits to the same person.</summary>
public static class SearchViewers
{
    /// <summary>
    /// A visitor sees public entries; a signed-in member also members-only boards and the drafts of their own region;
    /// a Kurator or Administrator every region's drafts.
    /// </summary>
    public static SearchViewer For(ClaimsPrincipal user) =>
        user.Identity?.IsAuthenticated != true
            ? SearchViewer.Anonymous
            : new SearchViewer(true, user.RegionCode(), user.IsInRole(Roles.Kurator) || user.IsInRole(Roles.Administrator));
}
