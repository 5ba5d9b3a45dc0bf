using Marketplace.Web.Features.Regions;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Marketplace.Web.Features.Capacity;

/// <summary>A region's declared infrastructure, for its members and the ministry: not public.</summary>
[Authorize]
public sealed class InfrastructureModel(InfrastructureRegistry registry, RegionDirectory regions) : PageModel
{
    public RegionInfo Region { get; private set; } = null!;

    public RegionInfrastructure? Infrastructure { get; private set; }

    public bool CanEdit { get; private set; }

    public async Task<IActionResult> OnGetAsync(string code, CancellationToken cancellationToken)
    {
        if ((await regions.GetAsync(cancellationToken)).Find(code) is not { } region)
        {
            return NotFound();
        }

        if (!CapacityPermissions.CanView(User, region.Code))
        {
            return Forbid();
        }

        Region = region;
        Infrastructure = await registry.FindAsync(region.Code, cancellationToken);
        CanEdit = CapacityPermissions.CanEdit(User, region.Code);
        return Page();
    }
}
