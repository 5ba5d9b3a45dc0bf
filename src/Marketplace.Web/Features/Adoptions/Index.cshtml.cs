using Marketplace.Web.Features.Accounts;
using Marketplace.Web.Features.Regions;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Marketplace.Web.Features.Adoptions;

/// <summary>
/// The signed-in user's region at work: what it adopts from others and what others adopt from it, filterable by state.
/// Requests waiting for the owner are marked for the region's AdminWilayah, who decides them.
/// </summary>
[Authorize]
public sealed class IndexModel(AdoptionReader reader, RegionDirectory regions) : PageModel
{
    /// <summary>The state filter (<c>?status=Diajukan</c>); an unknown value is reported and ignored.</summary>
    [BindProperty(SupportsGet = true, Name = "status")]
    public string? StatusFilter { get; set; }

    public AdoptionState? State { get; private set; }

    public bool UnknownFilter { get; private set; }

    public string? RegionCode { get; private set; }

    public string RegionName { get; private set; } = "";

    public IReadOnlyList<Adoption> Outgoing { get; private set; } = [];

    public IReadOnlyList<Adoption> Incoming { get; private set; } = [];

    /// <summary>Whether this user decides the region's incoming requests.</summary>
    public bool Decides { get; private set; }

    public int PendingIncoming { get; private set; }

    private RegionSnapshot _directory = null!;

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        _directory = await regions.GetAsync(cancellationToken);
        if (!string.IsNullOrEmpty(StatusFilter))
        {
            if (Enum.TryParse<AdoptionState>(StatusFilter, ignoreCase: true, out var state) && Enum.IsDefined(state))
            {
                State = state;
            }
            else
            {
                UnknownFilter = true;
            }
        }

        RegionCode = User.RegionCode();
        if (string.IsNullOrEmpty(RegionCode))
        {
            return;
        }

        RegionName = Name(RegionCode);
        Decides = User.IsInRole(Roles.AdminWilayah);
        var all = await reader.ForRegionAsync(RegionCode, State, cancellationToken);
        Outgoing = all.Where(a => a.AdopterRegionCode == RegionCode).ToList();
        Incoming = all.Where(a => a.OwnerRegionCode == RegionCode).ToList();
        PendingIncoming = Incoming.Count(IsPending);
    }

    public bool IsPending(Adoption adoption) => adoption.State == AdoptionState.Diajukan && adoption.OwnerRegionCode == RegionCode;

    public string Name(string regionCode) => _directory.Find(regionCode)?.Name ?? regionCode;
}
