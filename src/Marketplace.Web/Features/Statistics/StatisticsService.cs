using Marketplace.Web.Data;
using Marketplace.Web.Features.Adoptions;
using Marketplace.Web.Features.Catalog;
using Marketplace.Web.Features.Regions;
using Microsoft.EntityFrameworkCore;

namespace Marketplace.Web.Features.Statistics;

/// <summary>
/// Counts reuse over the whole platform with a few grouped queries (none per region or per application): applications
/// shared, adoptions by state, regions taking part, running adoptions and savings per province, and the flows from
/// the owners' provinces to the adopters'. Region names and provinces come from <see cref="RegionDirectory"/>.
/// </summary>
public sealed class StatisticsService(MarketplaceDbContext db, RegionDirectory regions, StatisticsCache cache, TimeProvider clock)
{
    public Task<StatisticsFigures> GetAsync(CancellationToken cancellationToken) => cache.GetAsync(ComputeAsync, cancellationToken);

    private async Task<StatisticsFigures> ComputeAsync(CancellationToken cancellationToken)
    {
        var directory = await regions.GetAsync(cancellationToken);
        var now = clock.GetUtcNow();
        var published = db.Apps.AsNoTracking().Where(a => a.Status == AppStatus.Published);
        var adoptions = db.Adoptions.AsNoTracking();

        var appsShared = await published.CountAsync(cancellationToken);
        var appsAdopted = await published.CountAsync(a => adoptions.Any(d => d.AppId == a.Id && d.State == AdoptionState.Berjalan), cancellationToken);
        var states = await adoptions.GroupBy(a => a.State).Select(g => new { g.Key, Count = g.Count() }).ToListAsync(cancellationToken);
        var byState = Enum.GetValues<AdoptionState>().ToDictionary(s => s, s => states.FirstOrDefault(c => c.Key == s)?.Count ?? 0);

        var publishing = await published.Select(a => a.OwnerRegionCode).Distinct().ToListAsync(cancellationToken);
        var adopting = await adoptions.Where(a => AdoptionStateMachine.OpenStates.Contains(a.State))
            .Select(a => a.AdopterRegionCode).Distinct().ToListAsync(cancellationToken);
        var participation = new RegionParticipation(publishing.Count, adopting.Count, publishing.Union(adopting, StringComparer.Ordinal).Count());

        var running = await (
                from adoption in adoptions
                where adoption.State == AdoptionState.Berjalan
                join app in db.Apps on adoption.AppId equals app.Id
                select new { adoption.AdopterProvinceCode, app.BuildCost })
            .GroupBy(r => r.AdopterProvinceCode)
            .Select(g => new { Province = g.Key, Running = g.Count(), WithCost = g.Count(r => r.BuildCost != null), Amount = g.Sum(r => r.BuildCost) ?? 0 })
            .ToListAsync(cancellationToken);

        var flows = await adoptions.Where(a => AdoptionStateMachine.OpenStates.Contains(a.State))
            .GroupBy(a => new { a.OwnerRegionCode, a.AdopterProvinceCode })
            .Select(g => new { g.Key.OwnerRegionCode, g.Key.AdopterProvinceCode, Open = g.Count(), Running = g.Count(a => a.State == AdoptionState.Berjalan) })
            .ToListAsync(cancellationToken);

        string? Name(string? code) => code is null ? null : directory.Find(code)?.Name ?? code;
        string? ProvinceOf(string owner) => directory.Find(owner) is { } info ? AppTags.ProvinceOf(info) : null;

        var provinces = directory.OfKind(RegionKind.Province)
            .Select(p => new ProvinceRunning(p.Code, p.Name, running.FirstOrDefault(r => r.Province == p.Code)?.Running ?? 0))
            .Concat(running.Where(r => r.Province is null).Select(r => new ProvinceRunning(null, null, r.Running)))
            .ToList();

        var provinceFlows = flows
            .GroupBy(f => (Origin: ProvinceOf(f.OwnerRegionCode), Adopter: f.AdopterProvinceCode))
            .Select(g => new ProvinceFlow(g.Key.Origin, Name(g.Key.Origin), g.Key.Adopter, Name(g.Key.Adopter), g.Sum(f => f.Open), g.Sum(f => f.Running)))
            .OrderByDescending(f => f.Open).ThenByDescending(f => f.Running)
            .ThenBy(f => f.OriginCode ?? "", StringComparer.Ordinal).ThenBy(f => f.AdopterCode ?? "", StringComparer.Ordinal)
            .ToList();

        var savings = new SavingsEstimate(
            running.Sum(r => r.Amount),
            running.Sum(r => r.Running),
            running.Sum(r => r.WithCost),
            running.Select(r => new ProvinceSavings(r.Province, Name(r.Province), r.Running, r.WithCost, r.Amount))
                .OrderByDescending(p => p.Amount).ThenBy(p => p.ProvinceCode ?? "~", StringComparer.Ordinal)
                .ToList());

        return new StatisticsFigures(now, appsShared, appsAdopted, byState, participation, provinces, provinceFlows, savings);
    }
}
