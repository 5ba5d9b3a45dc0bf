using System.ComponentModel;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.Extensions.Localization;

namespace Marketplace.Web.Features.Regions;

/// <summary>The public, read-only region API. Problem details are worded in the request's language.</summary>
internal static class RegionsApi
{
    public static RouteGroupBuilder MapRegionsApi(this IEndpointRouteBuilder app)
    {
        var api = app.MapGroup("/api/v1/regions").WithTags("Regions");

        api.MapGet("", ListAsync)
            .WithName("ListRegions")
            .WithSummary("Lists regions ordered by code, optionally by kind and parent")
            .ProducesProblem(StatusCodes.Status404NotFound)
            .WithDescription("An unknown kind answers 400; an unknown parent code answers 404.");

        api.MapGet("/{code}", GetAsync)
            .WithName("GetRegion")
            .WithSummary("Gets one region by its Kemendagri code")
            .ProducesProblem(StatusCodes.Status404NotFound)
            .WithDescription("Unknown codes, malformed ones included (anything but \"33\" or \"33.74\" shapes), answer 404.");

        return api;
    }

    internal static async Task<Results<Ok<RegionResponse[]>, ValidationProblem, ProblemHttpResult>> ListAsync(
        [Description("province, regency, city or national (any case).")] string? kind,
        [Description("Code of the parent region, for example \"33\".")] string? parent,
        RegionDirectory directory,
        IStringLocalizer<RegionsText> text,
        CancellationToken cancellationToken)
    {
        RegionKind? wanted = null;
        if (!string.IsNullOrEmpty(kind))
        {
            if (!RegionKinds.TryParse(kind, out var parsed))
            {
                var detail = text["Api.UnknownKind", kind, string.Join(", ", RegionKinds.ApiNames)].Value;
                return TypedResults.ValidationProblem(new Dictionary<string, string[]> { ["kind"] = [detail] }, detail);
            }

            wanted = parsed;
        }

        var regions = await directory.GetAsync(cancellationToken);
        IEnumerable<RegionInfo> selected = regions.All;
        if (!string.IsNullOrEmpty(parent))
        {
            if (regions.Find(parent) is null)
            {
                return TypedResults.Problem(text["Api.UnknownParent", parent].Value, statusCode: StatusCodes.Status404NotFound);
            }

            selected = regions.ChildrenOf(parent);
        }

        if (wanted is { } k)
        {
            selected = selected.Where(r => r.Kind == k);
        }

        return TypedResults.Ok(selected.Select(RegionResponse.From).ToArray());
    }

    internal static async Task<Results<Ok<RegionDetailResponse>, ProblemHttpResult>> GetAsync(
        [Description("Kemendagri code, for example \"33\" or \"33.74\".")] string code,
        RegionDirectory directory,
        IStringLocalizer<RegionsText> text,
        CancellationToken cancellationToken)
    {
        var regions = await directory.GetAsync(cancellationToken);
        if (regions.Find(code) is not { } region)
        {
            var detail = RegionCode.IsWellFormed(code) ? text["Api.UnknownCode", code] : text["Api.MalformedCode", code];
            return TypedResults.Problem(detail.Value, statusCode: StatusCodes.Status404NotFound);
        }

        return TypedResults.Ok(RegionDetailResponse.From(region, regions));
    }
}
