using Marketplace.Web.Data;
using Marketplace.Web.Features.Catalog;
using Microsoft.EntityFrameworkCore;

namespace Marketplace.Web.Features.Adoptions;

/// <summary>
/// The read-only questions the adoption pages ask (a region's adoptions, an application's adopters); every change goes
/// through <see cref="AdoptionWorkflow"/>, which also decides who may read one adoption.
/// </summary>
public sealed class AdoptionReader(MarketplaceDbContext db)
{
    public Task<SharedApp?> FindAppAsync(string slug, CancellationToken cancellationToken) =>
        db.Apps.AsNoTracking().SingleOrDefaultAsync(a => a.Slug == slug, cancellationToken);

    /// <summary>The adoptions a region takes part in, either side, most recently changed first.</summary>
    public Task<List<Adoption>> ForRegionAsync(string regionCode, AdoptionState? state, CancellationToken cancellationToken)
    {
        var query = db.Adoptions.AsNoTracking().Include(a => a.App)
            .Where(a => a.OwnerRegionCode == regionCode || a.AdopterRegionCode == regionCode);
        if (state is { } only)
        {
            query = query.Where(a => a.State == only);
        }

        return query.OrderByDescending(a => a.UpdatedAt).ThenByDescending(a => a.Id).ToListAsync(cancellationToken);
    }

    /// <summary>The regions that run the application, longest-running first ("digunakan oleh").</summary>
    public Task<List<Adoption>> RunningAsync(int appId, CancellationToken cancellationToken) =>
        db.Adoptions.AsNoTracking().Where(a => a.AppId == appId && a.State == AdoptionState.Berjalan)
            .OrderBy(a => a.RunningSince).ThenBy(a => a.Id).ToListAsync(cancellationToken);

    /// <summary>The running adoptions of several applications in one query, by application, each in the order of <see cref="RunningAsync"/>.</summary>
    public async Task<ILookup<int, Adoption>> RunningByAppAsync(IReadOnlyCollection<int> appIds, CancellationToken cancellationToken) =>
        (await db.Adoptions.AsNoTracking().Where(a => appIds.Contains(a.AppId) && a.State == AdoptionState.Berjalan)
            .OrderBy(a => a.RunningSince).ThenBy(a => a.Id).ToListAsync(cancellationToken)).ToLookup(a => a.AppId);

    /// <summary>Requests that wait for the owner's decision.</summary>
    public Task<int> PendingCountAsync(int appId, CancellationToken cancellationToken) =>
        db.Adoptions.CountAsync(a => a.AppId == appId && a.State == AdoptionState.Diajukan, cancellationToken);
}
