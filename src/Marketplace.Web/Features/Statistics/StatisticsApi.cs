using System.ComponentModel;
using Marketplace.Web.Features.Adoptions;
using Marketplace.Web.Features.Catalog.Api;
using Microsoft.AspNetCore.Http.HttpResults;

namespace Marketplace.Web.Features.Statistics;

/// <summary>GET /api/v1/stats: the figures of /statistik as JSON, for dashboards and reports.</summary>
internal static class StatisticsApi
{
    public static IEndpointRouteBuilder MapStatisticsApi(this IEndpointRouteBuilder app)
    {
        app.MapGet("/api/v1/stats", GetAsync)
            .WithTags("Statistics")
            .WithName("GetStatistics")
            .WithSummary("Reuse over the platform: applications shared, adoptions by state, regions taking part, flows and savings")
            .WithDescription("Figures may be up to a minute old (see computedAt). Province null stands for national institutions. "
                + "Flows count open adoptions (requested, approved, planning, running) from the owner's province to the adopter's; "
                + "savings add each running adoption's application build cost once.");
        return app;
    }

    internal static async Task<Ok<StatisticsResponse>> GetAsync(StatisticsService statistics, CancellationToken cancellationToken) =>
        TypedResults.Ok(StatisticsResponse.From(await statistics.GetAsync(cancellationToken)));
}

public sealed record StatisticsResponse(
    DateTimeOffset ComputedAt,
    [property: Description("Published applications.")] int AppsShared,
    [property: Description("Published applications that at least one other region runs.")] int AppsAdopted,
    AdoptionTotals Adoptions,
    RegionParticipation Regions,
    [property: Description("Running adoptions per adopter province, every province listed; a null province (national institutions) only when it has any.")]
    IReadOnlyList<ProvinceRunningResponse> RunningByProvince,
    [property: Description("Open adoptions from the owner's province to the adopter's province, largest first.")]
    IReadOnlyList<FlowResponse> Flows,
    SavingsResponse Savings)
{
    public static StatisticsResponse From(StatisticsFigures figures) => new(
        figures.ComputedAt,
        figures.AppsShared,
        figures.AppsAdopted,
        new AdoptionTotals(figures.Adoptions, figures.ByState.ToDictionary(s => ApiJson.Name(s.Key), s => s.Value)),
        figures.Regions,
        [.. figures.RunningByProvince.Select(p => new ProvinceRunningResponse(Ref(p.ProvinceCode, p.ProvinceName), p.Running))],
        [.. figures.Flows.Select(f => new FlowResponse(Ref(f.OriginCode, f.OriginName), Ref(f.AdopterCode, f.AdopterName), f.Open, f.Running))],
        new SavingsResponse(figures.Savings.Total, figures.Savings.Running, figures.Savings.RunningWithCost,
            [.. figures.Savings.ByProvince.Select(p => new ProvinceSavingsResponse(Ref(p.ProvinceCode, p.ProvinceName), p.Running, p.RunningWithCost, p.Amount))]));

    private static RegionRef? Ref(string? code, string? name) => code is null ? null : new RegionRef(code, name ?? code);
}

public sealed record AdoptionTotals(
    int Total,
    [property: Description("Count per state: diajukan, disetujui, perencanaan, berjalan, ditolak, dihentikan (every state present).")]
    IReadOnlyDictionary<string, int> ByState);

public sealed record ProvinceRunningResponse(RegionRef? Province, int Running);

public sealed record FlowResponse(
    [property: Description("Province of the owning region; null for a national institution.")] RegionRef? Origin,
    [property: Description("Province of the adopting region; null for a national institution.")] RegionRef? Adopter,
    [property: Description("Open adoptions: requested, approved, planning or running.")] int Open,
    [property: Description("The running part of Open.")] int Running);

public sealed record SavingsResponse(
    [property: Description("Rupiah: the build cost of each running adoption's application, added once per adoption.")] long Total,
    int Running,
    [property: Description("Running adoptions whose application states a build cost; the others add nothing.")] int RunningWithCost,
    IReadOnlyList<ProvinceSavingsResponse> ByProvince);

public sealed record ProvinceSavingsResponse(RegionRef? Province, int Running, int RunningWithCost, long Amount);
