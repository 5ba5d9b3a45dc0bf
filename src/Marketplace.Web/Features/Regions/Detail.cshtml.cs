using Marketplace.Web.Data;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace Marketplace.Web.Features.Regions;

/// <summary>One region: a province with its regencies and cities, a regency or city under its province, or a national institution.</summary>
public sealed class DetailModel(RegionDirectory directory, MarketplaceDbContext db, RegionProfile profile) : PageModel
{
    private RegionSnapshot _regions = null!;

    public RegionInfo? Region { get; private set; }

    public RegionInfo? Province { get; private set; }

    public IReadOnlyList<RegionInfo> Regencies { get; private set; } = [];

    public IReadOnlyList<RegionInfo> Cities { get; private set; } = [];

    /// <summary>What the region shares and adopts; for a province also the roll-up over its regencies and cities.</summary>
    public RegionSharing Sharing { get; private set; } = null!;

    /// <summary>Approved accounts whose region is this one (not counting those of its regencies and cities).</summary>
    public int Members { get; private set; }

    public async Task<IActionResult> OnGetAsync(string code, CancellationToken cancellationToken)
    {
        var regions = _regions = await directory.GetAsync(cancellationToken);
        Region = regions.Find(code);
        if (Region is null)
        {
            return NotFound();
        }

        Province = Region.ParentCode is null ? null : regions.Find(Region.ParentCode);
        var children = regions.ChildrenOf(Region.Code).ToList();
        Regencies = [.. children.Where(c => c.Kind == RegionKind.Regency)];
        Cities = [.. children.Where(c => c.Kind == RegionKind.City)];
        Members = await db.Users.AsNoTracking().CountAsync(u => u.RegionCode == code && u.ApprovedAt != null, cancellationToken);
        Sharing = await profile.ReadAsync(Region, regions, cancellationToken);
        return Page();
    }

    public string NameOf(string? code) => code is null ? "" : _regions.Find(code)?.Name ?? code;
}
