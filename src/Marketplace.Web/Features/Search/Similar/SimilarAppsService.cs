using Marketplace.Web.Features.Adoptions;
using Marketplace.Web.Features.Catalog.Api;
using Marketplace.Web.Features.Regions;

namespace Marketplace.Web.Features.Search;

/// <summary>An application like the one described ("Aplikasi serupa"), with its owner and the regions that run it.</summary>
public sealed record SimilarAppEntry(string Id, string Title, string Url, RegionRef? Owner, IReadOnlyList<RegionRef> Adopters)
{
    /// <summary>The application's slug, read from its address ("/katalog/e-parkir").</summary>
    public string? Slug => Url.StartsWith("/katalog/", StringComparison.Ordinal) ? Url["/katalog/".Length..] : null;
}

/// <summary>
/// The duplicate warning: the index's most similar published applications, each with its owner region and its adopters
/// (running adoptions, read through the adoption feature's reader) so a region can adopt instead of building again.
/// </summary>
public sealed class SimilarAppsService(IServiceProvider services, AdoptionReader adoptions, RegionDirectory regions)
{
    public const int DefaultMax = 5;

    /// <summary>The applications like the one described, best first; null when the index cannot be opened.</summary>
    public async Task<IReadOnlyList<SimilarAppEntry>?> FindAsync(SimilarAppsRequest request, CancellationToken cancellationToken)
    {
        if (SearchIndexes.TryFindSimilarApps(services, request) is not { } found)
        {
            return null;
        }

        if (found.Count == 0)
        {
            return [];
        }

        var directory = await regions.GetAsync(cancellationToken);
        RegionRef Region(string code) => new(code, directory.Find(code)?.Name ?? code);

        // Every application page shows this panel: the adopters of all the similar applications in one query.
        var ids = found.Select(a => int.TryParse(a.Id, out var id) ? id : (int?)null).OfType<int>().ToList();
        var running = await adoptions.RunningByAppAsync(ids, cancellationToken);
        return [.. found.Select(app => new SimilarAppEntry(
            app.Id,
            app.Title,
            app.Url,
            app.RegionCode is null ? null : new RegionRef(app.RegionCode, app.RegionName ?? Region(app.RegionCode).Name),
            int.TryParse(app.Id, out var appId)
                ? running[appId].Select(a => Region(a.AdopterRegionCode)).DistinctBy(r => r.Code).ToList()
                : []))];
    }
}
