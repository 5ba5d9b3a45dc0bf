using Marketplace.Web.Data;
using Marketplace.Web.Features.Regions;
using Microsoft.EntityFrameworkCore;

namespace Marketplace.Web.Features.Catalog;

/// <summary>One application as the catalog lists it.</summary>
public sealed record CatalogItem(
    int Id, string Slug, string Name, string Summary, string OwnerRegionCode, string OwnerRegionName, SpbeClass Class,
    Maturity Maturity, string License, CurationState Curation, int AdoptionCount, DateTimeOffset? PublishedAt, string? LatestVersion);

public sealed record CatalogResult(int Total, IReadOnlyList<CatalogItem> Items, CatalogFilter Filter)
{
    public int PageCount => Math.Max(1, (Total + Filter.PageSize - 1) / Filter.PageSize);
}

/// <summary>Browsing the published applications: filters that each use an index, stable orders and paging.</summary>
public sealed class CatalogQuery(MarketplaceDbContext db, RegionDirectory regions, CatalogCache cache, IServiceScopeFactory scopes)
{
    public async Task<CatalogResult> BrowseAsync(CatalogFilter filter, CancellationToken cancellationToken)
    {
        var apps = Filtered(filter);
        var total = await cache.TotalAsync(filter, apps.CountAsync, cancellationToken);
        var ordered = filter.Sort switch
        {
            CatalogSort.Name => apps.OrderBy(a => a.Name).ThenBy(a => a.Id),
            CatalogSort.MostAdopted => apps.OrderByDescending(a => a.AdoptionCount).ThenByDescending(a => a.Id),
            _ => apps.OrderByDescending(a => a.PublishedAt).ThenByDescending(a => a.Id),
        };
        // A deferred join: the page's ids come from the covering index alone, however deep the page; then only
        // those rows are read.
        var ids = await ordered.Skip((filter.Page - 1) * filter.PageSize).Take(filter.PageSize).Select(a => a.Id).ToListAsync(cancellationToken);
        var position = ids.Select((id, index) => (id, index)).ToDictionary(p => p.id, p => p.index);
        var rows = (await db.Apps.AsNoTracking().Where(a => ids.Contains(a.Id))
                .Select(a => new { a.Id, a.Slug, a.Name, a.Summary, a.OwnerRegionCode, a.SpbeClass, a.Maturity, a.License, a.Curation, a.AdoptionCount, a.PublishedAt })
                .ToListAsync(cancellationToken))
            .OrderBy(r => position[r.Id])
            .ToList();

        var versions = (await db.Releases.AsNoTracking().Where(r => ids.Contains(r.AppId)).Select(r => new { r.AppId, r.Version }).ToListAsync(cancellationToken))
            .GroupBy(r => r.AppId)
            .ToDictionary(g => g.Key, g => g.Select(r => r.Version).Max(Comparer<string>.Create(SemVer.Compare)));
        var directory = await regions.GetAsync(cancellationToken);
        var items = rows.Select(r => new CatalogItem(
            r.Id, r.Slug, r.Name, r.Summary, r.OwnerRegionCode, directory.Find(r.OwnerRegionCode)?.Name ?? r.OwnerRegionCode,
            r.SpbeClass, r.Maturity, r.License, r.Curation, r.AdoptionCount, r.PublishedAt, versions.GetValueOrDefault(r.Id))).ToList();
        return new CatalogResult(total, items, filter);
    }

    /// <summary>Values present in published applications, for the filter lists (cached; see <see cref="CatalogCache"/>).</summary>
    public Task<CatalogFacets> FacetsAsync(CancellationToken cancellationToken) => cache.FacetsAsync(ComputeFacetsAsync, cancellationToken);

    // In a scope of its own: the cache may refresh the counts after this request has ended.
    private async Task<CatalogFacets> ComputeFacetsAsync(CancellationToken cancellationToken)
    {
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<MarketplaceDbContext>();
        var published = db.Apps.AsNoTracking().Where(a => a.Status == AppStatus.Published);
        var tags = await db.AppTags.AsNoTracking()
            .Where(t => published.Any(a => a.Id == t.AppId))
            .GroupBy(t => new { t.Kind, t.Value })
            .Select(g => new { g.Key.Kind, g.Key.Value, Count = g.Count() })
            .ToListAsync(cancellationToken);
        var licenses = await published.GroupBy(a => a.License).Select(g => new { g.Key, Count = g.Count() }).ToListAsync(cancellationToken);
        IReadOnlyList<(string, int)> Of(TagKind kind) => tags.Where(t => t.Kind == kind).OrderBy(t => t.Value).Select(t => (t.Value, t.Count)).ToList();
        return new CatalogFacets(Of(TagKind.Category), Of(TagKind.Technology), licenses.OrderBy(l => l.Key).Select(l => (l.Key, l.Count)).ToList());
    }

    private IQueryable<SharedApp> Filtered(CatalogFilter filter)
    {
        var apps = db.Apps.AsNoTracking().Where(a => a.Status == AppStatus.Published);
        if (filter.Province is { } province)
        {
            apps = apps.Where(a => a.OwnerProvinceCode == province);
        }

        if (filter.Region is { } region)
        {
            apps = apps.Where(a => a.OwnerRegionCode == region);
        }

        if (filter.Class is { } spbe)
        {
            apps = apps.Where(a => a.SpbeClass == spbe);
        }

        if (filter.Maturity is { } maturity)
        {
            apps = apps.Where(a => a.Maturity == maturity);
        }

        if (filter.License is { } license)
        {
            apps = apps.Where(a => a.License == license);
        }

        if (filter.Category is { } category)
        {
            apps = apps.Where(a => db.AppTags.Any(t => t.AppId == a.Id && t.Kind == TagKind.Category && t.Value == category));
        }

        if (filter.Technology is { } technology)
        {
            apps = apps.Where(a => db.AppTags.Any(t => t.AppId == a.Id && t.Kind == TagKind.Technology && t.Value == technology));
        }

        if (filter.Query is { } query)
        {
            // A plain substring match until the search feature (Lucene, Indonesian analyzer) takes over.
            var pattern = "%" + query.ToLowerInvariant().Replace("\\", "\\\\", StringComparison.Ordinal).Replace("%", "\\%", StringComparison.Ordinal).Replace("_", "\\_", StringComparison.Ordinal) + "%";
            apps = apps.Where(a => EF.Functions.Like(a.Name.ToLower(), pattern, "\\") || EF.Functions.Like(a.Summary.ToLower(), pattern, "\\"));
        }

        return apps;
    }
}

public sealed record CatalogFacets(
    IReadOnlyList<(string Value, int Count)> Categories,
    IReadOnlyList<(string Value, int Count)> Technologies,
    IReadOnlyList<(string Value, int Count)> Licenses);
