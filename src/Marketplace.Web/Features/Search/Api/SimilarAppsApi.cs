using System.ComponentModel;
using System.Security.Claims;
using Marketplace.Web.Features.Accounts.Tokens;
using Marketplace.Web.Features.Catalog;
using Marketplace.Web.Features.Catalog.Api;
using Microsoft.AspNetCore.Http.HttpResults;

namespace Marketplace.Web.Features.Search.Api;

/// <summary>
/// "Aplikasi serupa" for machines and for the publish form's script: the applications most like an existing one, or
/// like a draft that is not saved. The draft endpoint saves nothing, so it takes no account, but it runs a
/// MoreLikeThis query per call: it has a rate limit of its own (per account, else per address), apart from the
/// posting budget, so typing in the form never uses up the budget for publishing.
/// </summary>
public static class SimilarAppsApi
{
    public static IEndpointRouteBuilder MapSimilarAppsApi(this IEndpointRouteBuilder app)
    {
        var api = app.MapGroup("/api/v1/apps").WithTags("Apps").RequireAuthorization(TokenAuthentication.ApiPolicy);

        api.MapGet("/{slug}/similar", ForAppAsync)
            .WithName("GetSimilarApps")
            .WithSummary("Lists the published applications most similar to one application, with their regions and adopters")
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status503ServiceUnavailable)
            .WithDescription("Best first, the application itself left out. 404 for an unknown application or a draft the caller may not see.");

        api.MapPost("/similar", ForDraftAsync)
            .RequireRateLimiting(SimilarAppsLimits.Policy)
            .WithName("FindSimilarApps")
            .WithSummary("Lists the published applications most similar to a draft (name, summary, description); saves nothing")
            .Accepts<SimilarDraft>("application/json")
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status415UnsupportedMediaType)
            .ProducesProblem(StatusCodes.Status429TooManyRequests)
            .ProducesProblem(StatusCodes.Status503ServiceUnavailable)
            .WithDescription("400 when name, summary and description are all empty, or one is longer than the publish form accepts.");
        return app;
    }

    internal static async Task<Results<Ok<SimilarAppsResponse>, ProblemHttpResult>> ForAppAsync(
        [Description("The application's address, for example \"e-office\".")] string slug,
        ClaimsPrincipal user, CatalogEditor catalog, SimilarAppsService finder, CancellationToken cancellationToken)
    {
        if (await catalog.FindAsync(slug, cancellationToken) is not { } app || !CatalogPermissions.CanSee(user, app))
        {
            return ApiProblems.NotFound(slug);
        }

        return Answer(await finder.FindAsync(SimilarDraft.For(app, SearchViewers.For(user)), cancellationToken));
    }

    internal static async Task<Results<Ok<SimilarAppsResponse>, ProblemHttpResult>> ForDraftAsync(
        HttpRequest request, ClaimsPrincipal user, SimilarAppsService finder, CancellationToken cancellationToken)
    {
        var (draft, problem) = await ApiJson.ReadAsync<SimilarDraft>(request, cancellationToken);
        if (problem is not null)
        {
            return problem;
        }

        if (draft!.IsEmpty)
        {
            return ApiProblems.Invalid(new Dictionary<string, string[]>
            {
                ["name"] = ["Give at least one of name, summary or description."],
            });
        }

        if (draft.TooLong() is { Count: > 0 } tooLong)
        {
            return ApiProblems.Invalid(tooLong.ToDictionary(f => f.Key, f => new[] { $"At most {f.Value} characters." }));
        }

        return Answer(await finder.FindAsync(draft.ToRequest(SearchViewers.For(user)), cancellationToken));
    }

    private static Results<Ok<SimilarAppsResponse>, ProblemHttpResult> Answer(IReadOnlyList<SimilarAppEntry>? found) =>
        found is null
            ? TypedResults.Problem(statusCode: StatusCodes.Status503ServiceUnavailable, detail: "The search index cannot be used now; /health says why.")
            : TypedResults.Ok(SimilarAppsResponse.From(found));
}

/// <summary>The applications like the one asked about, best first.</summary>
public sealed record SimilarAppsResponse(IReadOnlyList<SimilarAppResponse> Apps)
{
    public static SimilarAppsResponse From(IReadOnlyList<SimilarAppEntry> entries) =>
        new(entries.Select(e => new SimilarAppResponse(e.Slug ?? e.Id, e.Title, e.Url, e.Owner, e.Adopters)).ToList());
}

public sealed record SimilarAppResponse(
    string Slug,
    string Name,
    [property: Description("Site-relative address of the application's page.")] string Url,
    [property: Description("The region that published it.")] RegionRef? OwnerRegion,
    [property: Description("The regions that run it (adoptions in state berjalan), longest-running first.")] IReadOnlyList<RegionRef> Adopters);
