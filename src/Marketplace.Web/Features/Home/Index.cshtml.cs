using Marketplace.Web.Data;
using Marketplace.Web.Features.Regions;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace Marketplace.Web.Features.Home;

public sealed class IndexModel(MarketplaceDbContext db) : PageModel
{
    public int Provinces { get; private set; }

    public int RegenciesAndCities { get; private set; }

    public int Members { get; private set; }

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        var byKind = await db.Regions.GroupBy(r => r.Kind).Select(g => new { g.Key, Count = g.Count() }).ToListAsync(cancellationToken);
        Provinces = byKind.Where(k => k.Key == RegionKind.Province).Sum(k => k.Count);
        RegenciesAndCities = byKind.Where(k => k.Key is RegionKind.Regency or RegionKind.City).Sum(k => k.Count);
        Members = await db.Users.CountAsync(u => u.ApprovedAt != null, cancellationToken);
    }
}
