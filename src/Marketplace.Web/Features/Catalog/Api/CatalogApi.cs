using Marketplace.Web.Features.Accounts;
using System.ComponentModel;
using System.Security.Claims;
using Marketplace.Web.Features.Accounts.Tokens;
using Marketplace.Web.Features.BestPractices;
using Marketplace.Web.Features.Regions;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.Extensions.Localization;

namespace Marketplace.Web.Features.Catalog.Api;

/// <summary>
/// The catalog API: anyone reads published applications; publishers write with a personal access token
/// (Authorization: Bearer fk_...) or their session cookie. Cookie-authenticated writes carry no antiforgery token:
/// they rely on the SameSite=Lax cookie (not sent on cross-site POST/PUT) and on the JSON content type these
/// endpoints require, which a cross-site form cannot send and a cross-site script cannot send without CORS, which
/// the site does not allow.
/// </summary>
public static class CatalogApi
{
    public static IEndpointRouteBuilder MapCatalogApi(this IEndpointRouteBuilder app)
    {
        var api = app.MapGroup("/api/v1/apps").WithTags("Apps").RequireAuthorization(TokenAuthentication.ApiPolicy);

        api.MapGet("", ListAsync)
            .WithName("ListApps")
            .WithSummary("Lists published applications with filters, an order and paging")
            .ProducesValidationProblem()
            .WithDescription("Each parameter whose value is unknown or out of range is named in a 400 validation problem.");

        api.MapGet("/{slug}", GetAsync)
            .WithName("GetApp")
            .WithSummary("Gets one application with its releases, newest first")
            .ProducesProblem(StatusCodes.Status404NotFound)
            .WithDescription("Drafts answer 404 unless the caller may edit them.");

        var writes = api.MapGroup("").RequireAuthorization().RequireRateLimiting(AccountRateLimits.Posting);
        writes.MapPost("", CatalogApiWrites.CreateAsync)
            .WithName("CreateApp")
            .WithSummary("Publishes an application (or saves a draft) for the caller's region")
            .Accepts<AppInput>("application/json")
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status401Unauthorized)
            .ProducesProblem(StatusCodes.Status403Forbidden);

        writes.MapPut("/{slug}", CatalogApiWrites.UpdateAsync)
            .WithName("UpdateApp")
            .WithSummary("Changes an application; every field is replaced by the body's")
            .Accepts<AppInput>("application/json")
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status401Unauthorized)
            .ProducesProblem(StatusCodes.Status403Forbidden)
            .ProducesProblem(StatusCodes.Status404NotFound);

        writes.MapPost("/{slug}/releases", CatalogApiWrites.AddReleaseAsync)
            .WithName("AddRelease")
            .WithSummary("Adds a release (a SemVer version not used before)")
            .Accepts<ReleaseInput>("application/json")
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status401Unauthorized)
            .ProducesProblem(StatusCodes.Status403Forbidden)
            .ProducesProblem(StatusCodes.Status404NotFound);

        return app;
    }

    internal static async Task<Results<Ok<AppListResponse>, ProblemHttpResult>> ListAsync(
        [AsParameters] AppListQuery query, CatalogQuery catalog, CancellationToken cancellationToken)
    {
        var filter = query.ToFilter(out var errors);
        if (errors.Count > 0)
        {
            return ApiProblems.Invalid(errors.ToDictionary(e => e.Key, e => new[] { Refusal(e.Key, e.Value) }));
        }

        var result = await catalog.BrowseAsync(filter, cancellationToken);
        return TypedResults.Ok(new AppListResponse(result.Total, filter.Page, filter.PageSize, result.Items.Select(AppSummaryResponse.From).ToList()));
    }

    internal static async Task<Results<Ok<AppResponse>, ProblemHttpResult>> GetAsync(
        [Description("The application's address, for example \"e-office\".")] string slug,
        ClaimsPrincipal user,
        CatalogEditor editor,
        RegionDirectory regions,
        CurationService curations,
        CancellationToken cancellationToken)
    {
        if (await editor.FindAsync(slug, cancellationToken) is not { } app || !CatalogPermissions.CanSee(user, app))
        {
            return ApiProblems.NotFound(slug);
        }

        return TypedResults.Ok(await ResponseAsync(app, regions, cancellationToken, await curations.FindAsync(app.Id, cancellationToken)));
    }

    internal static async Task<AppResponse> ResponseAsync(SharedApp app, RegionDirectory regions, CancellationToken cancellationToken, AppCuration? curation = null)
    {
        var owner = (await regions.GetAsync(cancellationToken)).Find(app.OwnerRegionCode)?.Name ?? app.OwnerRegionCode;
        return AppResponse.From(app, owner, curation);
    }

    private static string Refusal(string parameter, string value) => parameter switch
    {
        "page" => $"\"{value}\" is not a page number from 1 to 100000.",
        "pageSize" => $"\"{value}\" is not a page size from 1 to {CatalogFilter.MaxPageSize}.",
        _ => $"\"{value}\" is not a known value of {parameter}.",
    };
}
