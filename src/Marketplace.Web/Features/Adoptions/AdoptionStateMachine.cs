namespace Marketplace.Web.Features.Adoptions;

/// <summary>Which side of an adoption may make a move.</summary>
public enum AdoptionSide
{
    /// <summary>The owner region's AdminWilayah.</summary>
    Owner,

    /// <summary>The adopting region: its AdminWilayah, or the member who made the request.</summary>
    Adopter,
}

/// <summary>An allowed move: from, to, who may make it, and whether a reason is required.</summary>
public sealed record AdoptionTransition(AdoptionState From, AdoptionState To, AdoptionSide By, bool ReasonRequired);

/// <summary>
/// The only moves an adoption can make. The owner decides a request; the adopter plans and goes live; either side may
/// stop an adoption that has not ended, with a reason. Ditolak and Dihentikan are final.
/// </summary>
public static class AdoptionStateMachine
{
    public static readonly IReadOnlyList<AdoptionTransition> Transitions =
    [
        new(AdoptionState.Diajukan, AdoptionState.Disetujui, AdoptionSide.Owner, ReasonRequired: false),
        new(AdoptionState.Diajukan, AdoptionState.Ditolak, AdoptionSide.Owner, ReasonRequired: true),
        new(AdoptionState.Diajukan, AdoptionState.Dihentikan, AdoptionSide.Adopter, ReasonRequired: true),
        new(AdoptionState.Disetujui, AdoptionState.Perencanaan, AdoptionSide.Adopter, ReasonRequired: false),
        new(AdoptionState.Disetujui, AdoptionState.Dihentikan, AdoptionSide.Adopter, ReasonRequired: true),
        new(AdoptionState.Disetujui, AdoptionState.Dihentikan, AdoptionSide.Owner, ReasonRequired: true),
        new(AdoptionState.Perencanaan, AdoptionState.Berjalan, AdoptionSide.Adopter, ReasonRequired: false),
        new(AdoptionState.Perencanaan, AdoptionState.Dihentikan, AdoptionSide.Adopter, ReasonRequired: true),
        new(AdoptionState.Perencanaan, AdoptionState.Dihentikan, AdoptionSide.Owner, ReasonRequired: true),
        new(AdoptionState.Berjalan, AdoptionState.Dihentikan, AdoptionSide.Adopter, ReasonRequired: true),
        new(AdoptionState.Berjalan, AdoptionState.Dihentikan, AdoptionSide.Owner, ReasonRequired: true),
    ];

    /// <summary>States in which a region holds the application (or is on its way to): at most one per region and application.</summary>
    public static readonly IReadOnlyList<AdoptionState> OpenStates =
        [AdoptionState.Diajukan, AdoptionState.Disetujui, AdoptionState.Perencanaan, AdoptionState.Berjalan];

    /// <summary>States between approval and go-live: the adoption is in progress.</summary>
    public static readonly IReadOnlyList<AdoptionState> InProgressStates =
        [AdoptionState.Diajukan, AdoptionState.Disetujui, AdoptionState.Perencanaan];

    public static bool IsOpen(AdoptionState state) => OpenStates.Contains(state);

    public static bool IsFinal(AdoptionState state) => !IsOpen(state);

    /// <summary>The move from <paramref name="from"/> to <paramref name="to"/> for <paramref name="side"/>, or null when it does not exist.</summary>
    public static AdoptionTransition? Find(AdoptionState from, AdoptionState to, AdoptionSide side) =>
        Transitions.FirstOrDefault(t => t.From == from && t.To == to && t.By == side);

    /// <summary>Whether the move exists for anyone (to tell "out of order" from "not yours").</summary>
    public static bool Exists(AdoptionState from, AdoptionState to) => Transitions.Any(t => t.From == from && t.To == to);

    /// <summary>The moves <paramref name="sides"/> may make from <paramref name="from"/>, each target once.</summary>
    public static IReadOnlyList<AdoptionTransition> Available(AdoptionState from, IReadOnlyCollection<AdoptionSide> sides) =>
        Transitions.Where(t => t.From == from && sides.Contains(t.By)).DistinctBy(t => t.To).ToList();
}
