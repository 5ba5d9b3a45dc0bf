using System.Security.Claims;
using Marketplace.Web.Data;
using Marketplace.Web.Features.Catalog;
using Microsoft.EntityFrameworkCore;

namespace Marketplace.Web.Features.Notifications;

/// <summary>Applications can be watched by whoever can see them in the catalog.</summary>
internal sealed class AppWatchTargets(MarketplaceDbContext db) : IWatchTargets
{
    public WatchTarget Kind => WatchTarget.App;

    public async Task<bool> CanWatchAsync(ClaimsPrincipal user, long targetId, CancellationToken cancellationToken) =>
        await db.Apps.AsNoTracking().SingleOrDefaultAsync(a => a.Id == targetId, cancellationToken) is { } app && CatalogPermissions.CanSee(user, app);

    public async Task<IReadOnlyDictionary<long, WatchedItem>> DescribeAsync(IReadOnlyCollection<long> targetIds, CancellationToken cancellationToken)
    {
        var ids = targetIds.Where(id => id is > 0 and <= int.MaxValue).Select(id => (int)id).ToList();
        var apps = await db.Apps.AsNoTracking().Where(a => ids.Contains(a.Id)).Select(a => new { a.Id, a.Name, a.Slug }).ToListAsync(cancellationToken);
        return apps.ToDictionary(a => (long)a.Id, a => new WatchedItem(a.Name, "/katalog/" + a.Slug));
    }
}
