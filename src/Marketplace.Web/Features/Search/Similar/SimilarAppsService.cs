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

        var entries = new List<SimilarAppEntry>(found.Count);
        foreach (var app in found)
        {
            // At most a handful of applications: one small indexed query each keeps the adoption feature's reader as it is.
            var running = int.TryParse(app.Id, out var appId) ? await adoptions.RunningAsync(appId, cancellationToken) : [];
            entries.Add(new SimilarAppEntry(
                app.Id,
                app.Title,
                app.Url,
                app.RegionCode is null ? null : new RegionRef(app.RegionCode, app.RegionName ?? Region(app.RegionCode).Name),
                running.Select(a => Region(a.AdopterRegionCode)).DistinctBy(r => r.Code).ToList()));
        }

        return entries;
    }
}
