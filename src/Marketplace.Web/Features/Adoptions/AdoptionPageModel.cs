using Marketplace.Web.Features.Regions;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Marketplace.Web.Features.Adoptions;

/// <summary>
/// What the pages of one adoption share: loading it through <see cref="AdoptionWorkflow.FindAsync"/> (404 unknown, 403 for
/// those who may not read it), the region names, and the plan as people read it.
/// </summary>
public abstract class AdoptionPageModel(AdoptionWorkflow workflow, RegionDirectory regions, TimeProvider clock) : PageModel
{
    private RegionSnapshot _directory = null!;

    public Adoption Adoption { get; private set; } = null!;

    public WorkPlanView Plan { get; private set; } = null!;

    public string OwnerName => Name(Adoption.OwnerRegionCode);

    public string AdopterName => Name(Adoption.AdopterRegionCode);

    protected AdoptionWorkflow Workflow => workflow;

    protected TimeProvider Clock => clock;

    public string Name(string? regionCode) =>
        regionCode is null ? "" : _directory.Find(regionCode)?.Name ?? regionCode;

    /// <summary>Loads the adoption; a refusal (404, 403) to return as is, or null when it may be shown.</summary>
    protected async Task<IActionResult?> LoadAsync(int id, CancellationToken cancellationToken)
    {
        var found = await workflow.FindAsync(User, id, cancellationToken);
        switch (found.Status)
        {
            case AdoptionStatus.NotFound:
                return NotFound();
            case AdoptionStatus.Forbidden:
                return Forbid();
        }

        Adoption = found.Value!;
        _directory = await regions.GetAsync(cancellationToken);
        Plan = WorkPlanView.Of(Adoption.Milestones, AdoptionFormat.Today(clock));
        return null;
    }
}
