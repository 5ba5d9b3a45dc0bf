using Marketplace.Web.Data;
using Microsoft.EntityFrameworkCore;

namespace Marketplace.Web.Features.Regions;

/// <summary>Inserts regions that are missing and renames changed ones; never deletes (users point at regions).</summary>
internal sealed class RegionSeeder(RegionDirectory directory) : IDataSeeder
{
    public int Order => 0;

    public async Task SeedAsync(MarketplaceDbContext db, CancellationToken cancellationToken)
    {
        var existing = await db.Regions.ToDictionaryAsync(r => r.Code, cancellationToken);
        foreach (var region in RegionData.LoadAll())
        {
            if (!existing.TryGetValue(region.Code, out var current))
            {
                db.Regions.Add(region);
            }
            else if (current.Name != region.Name || current.Kind != region.Kind || current.ParentCode != region.ParentCode)
            {
                (current.Name, current.Kind, current.ParentCode) = (region.Name, region.Kind, region.ParentCode);
            }
        }

        await db.SaveChangesAsync(cancellationToken);
        directory.Reset();
    }
}
