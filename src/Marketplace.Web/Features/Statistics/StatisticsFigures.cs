using Marketplace.Web.Features.Adoptions;

namespace Marketplace.Web.Features.Statistics;

/// <summary>
/// The platform's reuse in numbers, as /statistik and GET /api/v1/stats show them. Province codes are null for
/// national institutions (Kemenkominfo and others), which belong to no province. <see cref="AppsShared"/> counts
/// published applications; <see cref="AppsAdopted"/> those of them that at least one other region runs.
/// </summary>
public sealed record StatisticsFigures(
    DateTimeOffset ComputedAt,
    int AppsShared,
    int AppsAdopted,
    IReadOnlyDictionary<AdoptionState, int> ByState,
    RegionParticipation Regions,
    IReadOnlyList<ProvinceRunning> RunningByProvince,
    IReadOnlyList<ProvinceFlow> Flows,
    SavingsEstimate Savings)
{
    /// <summary>Adoptions in any state.</summary>
    public int Adoptions => ByState.Values.Sum();

    public int Running => ByState.GetValueOrDefault(AdoptionState.Berjalan);

    /// <summary>Requested, approved or planning: on the way to running.</summary>
    public int InProgress => AdoptionStateMachine.InProgressStates.Sum(s => ByState.GetValueOrDefault(s));
}

/// <summary>
/// Regions taking part: those publishing at least one published application, those holding an open adoption
/// (requested, approved, planning or running), and the two together (a region doing both counts once).
/// </summary>
public sealed record RegionParticipation(int Publishing, int Adopting, int TakingPart);

/// <summary>Running adoptions whose adopter lies in the province (the province itself, its regencies and cities).</summary>
public sealed record ProvinceRunning(string? ProvinceCode, string? ProvinceName, int Running);

/// <summary>
/// Adoptions from applications owned in <see cref="OriginCode"/> to adopters in <see cref="AdopterCode"/>.
/// <see cref="Open"/> counts every open adoption (requested, approved, planning, running): the reuse under way, as
/// the state machine calls it open; <see cref="Running"/> is the part of it that runs.
/// </summary>
public sealed record ProvinceFlow(string? OriginCode, string? OriginName, string? AdopterCode, string? AdopterName, int Open, int Running);

/// <summary>
/// Spending avoided: each running adoption of an application whose owner stated its build cost counts that cost once.
/// Adoptions of applications without a stated cost count as running but add nothing, so the sum is a lower bound.
/// </summary>
public sealed record SavingsEstimate(long Total, int Running, int RunningWithCost, IReadOnlyList<ProvinceSavings> ByProvince);

public sealed record ProvinceSavings(string? ProvinceCode, string? ProvinceName, int Running, int RunningWithCost, long Amount);
