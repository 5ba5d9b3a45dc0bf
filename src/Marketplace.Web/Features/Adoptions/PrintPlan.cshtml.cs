using Marketplace.Web.Features.Regions;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;

namespace Marketplace.Web.Features.Adoptions;

/// <summary>The work plan as a clean page to print or save as PDF for a meeting: no navigation, only the plan and who agreed it.</summary>
[Authorize]
public sealed class PrintPlanModel(AdoptionWorkflow workflow, RegionDirectory regions, TimeProvider clock) : AdoptionPageModel(workflow, regions, clock)
{
    public DateTimeOffset PrintedAt { get; } = clock.GetUtcNow();

    public async Task<IActionResult> OnGetAsync(int id, CancellationToken cancellationToken) =>
        await LoadAsync(id, cancellationToken) ?? Page();
}
