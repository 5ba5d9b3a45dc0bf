using Marketplace.Web.Features.Regions;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.WebUtilities;

namespace Marketplace.Web.Features.Catalog;

public sealed class BrowseModel(CatalogQuery catalog, RegionDirectory regions) : PageModel
{
    public CatalogResult Result { get; private set; } = null!;

    public CatalogFacets Facets { get; private set; } = null!;

    public IReadOnlyList<RegionInfo> Provinces { get; private set; } = [];

    public IReadOnlyDictionary<string, string> InvalidFilters { get; private set; } = new Dictionary<string, string>();

    public bool CanPublish => CatalogPermissions.CanPublishAnything(User);

    public async Task OnGetAsync(string? q, string? province, string? region, string? @class, string? category, string? license,
        string? maturity, string? technology, string? sort, int? halaman, CancellationToken cancellationToken)
    {
        var filter = CatalogFilter.Parse(new RawCatalogQuery(q, province, region, @class, category, license, maturity, technology, sort, halaman), out var errors);
        InvalidFilters = errors;
        Result = await catalog.BrowseAsync(filter, cancellationToken);
        Facets = await catalog.FacetsAsync(cancellationToken);
        Provinces = [.. (await regions.GetAsync(cancellationToken)).OfKind(RegionKind.Province).OrderBy(p => p.Name)];
    }

    public string PageLink(int page)
    {
        // "halaman", not "page": Razor Pages reserves the route value "page" for the page's own path.
        var query = Request.Query.Where(p => p.Key != "halaman").ToDictionary(p => p.Key, p => (string?)p.Value.ToString());
        query["halaman"] = page.ToString(System.Globalization.CultureInfo.InvariantCulture);
        return QueryHelpers.AddQueryString("/katalog", query);
    }
}
