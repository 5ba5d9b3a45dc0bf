using Marketplace.Web.Data;
using Marketplace.Web.Features.Regions;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace Marketplace.Web.Features.Home;

public sealed class IndexModel(MarketplaceDbContext db, RegionDirectory regions) : PageModel
{
    public int Provinces { get; private set; }

    public int RegenciesAndCities { get; private set; }

    public int Members { get; private set; }

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        var all = await regions.GetAsync(cancellationToken);
        Provinces = all.OfKind(RegionKind.Province).Count();
        RegenciesAndCities = all.OfKind(RegionKind.Regency).Count() + all.OfKind(RegionKind.City).Count();
        Members = await db.Users.CountAsync(u => u.ApprovedAt != null, cancellationToken);
    }
}
