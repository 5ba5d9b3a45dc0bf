using Marketplace.Web.Data;
using Marketplace.Web.Features.Adoptions;
using Marketplace.Web.Features.Catalog;
using Microsoft.EntityFrameworkCore;

namespace Marketplace.Web.Features.Regions;

/// <summary>An application on a region's profile: its address and name, with the other region involved and the dates.</summary>
public sealed record ProfileApp(string Slug, string Name, string? OtherRegionCode, AdoptionState? State, DateTimeOffset? Since, int Running);

/// <summary>A region's counts in a province roll-up.</summary>
public sealed record RollupRow(RegionInfo Region, int Published, int Running, int InProgress);

/// <summary>What /wilayah/{code} shows of the region's sharing: published, adopted (running) and adoptions in progress.</summary>
public sealed record RegionSharing(
    IReadOnlyList<ProfileApp> Published,
    IReadOnlyList<ProfileApp> Running,
    IReadOnlyList<ProfileApp> InProgress,
    int RunningElsewhere,
    IReadOnlyList<RollupRow> Rollup)
{
    public RollupRow Totals(RegionInfo province) =>
        new(province, Rollup.Sum(r => r.Published), Rollup.Sum(r => r.Running), Rollup.Sum(r => r.InProgress));
}

/// <summary>
/// Reads a region's sharing with a fixed number of queries whatever the region: its own applications and adoptions,
/// and for a province one grouped count of applications and one of adoptions over all its regencies and cities
/// (never a query per child).
/// </summary>
public sealed class RegionProfile(MarketplaceDbContext db)
{
    public async Task<RegionSharing> ReadAsync(RegionInfo region, RegionSnapshot regions, CancellationToken cancellationToken)
    {
        var code = region.Code;
        var published = await db.Apps.AsNoTracking()
            .Where(a => a.OwnerRegionCode == code && a.Status == AppStatus.Published)
            .OrderBy(a => a.Name).ThenBy(a => a.Slug)
            .Select(a => new ProfileApp(a.Slug, a.Name, null, null, a.PublishedAt, a.AdoptionCount))
            .ToListAsync(cancellationToken);
        var adopted = await db.Adoptions.AsNoTracking()
            .Where(a => a.AdopterRegionCode == code && AdoptionStateMachine.OpenStates.Contains(a.State) && a.App.Status != AppStatus.Draft)
            .OrderBy(a => a.App.Name).ThenBy(a => a.Id)
            .Select(a => new ProfileApp(a.App.Slug, a.App.Name, a.OwnerRegionCode, a.State, a.State == AdoptionState.Berjalan ? a.RunningSince : a.RequestedAt, 0))
            .ToListAsync(cancellationToken);
        var runningElsewhere = await db.Adoptions.AsNoTracking()
            .CountAsync(a => a.OwnerRegionCode == code && a.State == AdoptionState.Berjalan, cancellationToken);

        var rollup = region.Kind == RegionKind.Province ? await RollupAsync(region, regions, cancellationToken) : [];
        return new RegionSharing(
            published,
            [.. adopted.Where(a => a.State == AdoptionState.Berjalan)],
            [.. adopted.Where(a => a.State != AdoptionState.Berjalan)],
            runningElsewhere,
            rollup);
    }

    /// <summary>The province itself first, then its regencies and cities by code, each with its counts (zeros included).</summary>
    private async Task<List<RollupRow>> RollupAsync(RegionInfo province, RegionSnapshot regions, CancellationToken cancellationToken)
    {
        var code = province.Code;
        var apps = await db.Apps.AsNoTracking()
            .Where(a => a.OwnerProvinceCode == code && a.Status == AppStatus.Published)
            .GroupBy(a => a.OwnerRegionCode)
            .Select(g => new { Region = g.Key, Count = g.Count() })
            .ToDictionaryAsync(g => g.Region, g => g.Count, cancellationToken);
        var adoptions = await db.Adoptions.AsNoTracking()
            .Where(a => a.AdopterProvinceCode == code && AdoptionStateMachine.OpenStates.Contains(a.State))
            .GroupBy(a => new { a.AdopterRegionCode, a.State })
            .Select(g => new { g.Key.AdopterRegionCode, g.Key.State, Count = g.Count() })
            .ToListAsync(cancellationToken);

        int Adoptions(string region, bool running) => adoptions
            .Where(a => a.AdopterRegionCode == region && (a.State == AdoptionState.Berjalan) == running)
            .Sum(a => a.Count);
        return [.. regions.ChildrenOf(code).Prepend(province).Select(r =>
            new RollupRow(r, apps.GetValueOrDefault(r.Code), Adoptions(r.Code, running: true), Adoptions(r.Code, running: false)))];
    }
}
