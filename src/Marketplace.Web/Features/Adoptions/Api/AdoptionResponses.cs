using System.ComponentModel;
using Marketplace.Web.Features.Catalog.Api;
using Marketplace.Web.Features.Regions;

namespace Marketplace.Web.Features.Adoptions.Api;

public sealed record AppRef(string Slug, string Name);

/// <summary>
/// An adoption as the public lists show it: who adopts which application from whom, its state and dates. Reasons and
/// the names of people stay with the two regions (see <see cref="AdoptionResponse"/>).
/// </summary>
public sealed record AdoptionSummaryResponse(
    int Id,
    AppRef App,
    RegionRef Owner,
    RegionRef Adopter,
    [property: Description("Province of the adopter; null for a national institution.")] RegionRef? AdopterProvince,
    [property: Description("diajukan, disetujui, perencanaan, berjalan, ditolak or dihentikan.")] string State,
    DateTimeOffset RequestedAt,
    [property: Description("When it went live; null until it runs.")] DateTimeOffset? RunningSince)
{
    internal static AdoptionSummaryResponse From(AdoptionRow row, RegionSnapshot regions) => new(
        row.Id, new AppRef(row.AppSlug, row.AppName), Region(row.OwnerRegionCode, regions)!, Region(row.AdopterRegionCode, regions)!,
        Region(row.AdopterProvinceCode, regions), ApiJson.Name(row.State), row.RequestedAt, row.RunningSince);

    internal static RegionRef? Region(string? code, RegionSnapshot regions) =>
        code is null ? null : new RegionRef(code, regions.Find(code)?.Name ?? code);
}

/// <summary>The columns of an adoption the public lists need, read in one query.</summary>
internal sealed record AdoptionRow(
    int Id, string AppSlug, string AppName, string OwnerRegionCode, string AdopterRegionCode, string? AdopterProvinceCode,
    AdoptionState State, DateTimeOffset RequestedAt, DateTimeOffset? RunningSince);

public sealed record AppAdoptionsResponse(AppRef App, IReadOnlyList<AdoptionSummaryResponse> Items);

/// <summary>A region's adoptions, newest request first. A list the caller did not ask for (<c>?role=</c>) is null.</summary>
public sealed record RegionAdoptionsResponse(
    RegionRef Region,
    [property: Description("Adoptions by this region of other regions' applications; null when role=owner.")] IReadOnlyList<AdoptionSummaryResponse>? AsAdopter,
    [property: Description("Adoptions of this region's applications by others; null when role=adopter.")] IReadOnlyList<AdoptionSummaryResponse>? AsOwner);

/// <summary>One adoption as its two regions (and the ministry's curators) see it, with what the caller may do next.</summary>
public sealed record AdoptionResponse(
    int Id,
    AppRef App,
    RegionRef Owner,
    RegionRef Adopter,
    RegionRef? AdopterProvince,
    string State,
    [property: Description("Send it back with a transition; a different current version answers 409.")] int Version,
    string Reason,
    int ExpectedUsers,
    DateTimeOffset RequestedAt,
    DateTimeOffset? DecidedAt,
    DateTimeOffset? RunningSince,
    DateTimeOffset? EndedAt,
    [property: Description("States the caller may move the adoption to now, with whether the move needs a reason.")] IReadOnlyList<MoveResponse> Moves,
    IReadOnlyList<AdoptionEventResponse> History)
{
    internal static AdoptionResponse From(Adoption adoption, IReadOnlyCollection<AdoptionSide> sides, RegionSnapshot regions) => new(
        adoption.Id,
        new AppRef(adoption.App.Slug, adoption.App.Name),
        AdoptionSummaryResponse.Region(adoption.OwnerRegionCode, regions)!,
        AdoptionSummaryResponse.Region(adoption.AdopterRegionCode, regions)!,
        AdoptionSummaryResponse.Region(adoption.AdopterProvinceCode, regions),
        ApiJson.Name(adoption.State),
        adoption.Version,
        adoption.Reason,
        adoption.ExpectedUsers,
        adoption.RequestedAt,
        adoption.DecidedAt,
        adoption.RunningSince,
        adoption.EndedAt,
        [.. AdoptionStateMachine.Available(adoption.State, sides).Select(t => new MoveResponse(ApiJson.Name(t.To), t.ReasonRequired))],
        [.. adoption.Events.OrderBy(e => e.At).ThenBy(e => e.Id).Select(e => new AdoptionEventResponse(
            e.From is { } from ? ApiJson.Name(from) : null, ApiJson.Name(e.To), e.At, AdoptionSummaryResponse.Region(e.ActorRegionCode, regions), e.Reason))]);
}

public sealed record MoveResponse(string To, bool ReasonRequired);

public sealed record AdoptionEventResponse(
    [property: Description("Null for the request itself.")] string? From,
    string To,
    DateTimeOffset At,
    [property: Description("The region of whoever made the move.")] RegionRef? ByRegion,
    string? Reason);
