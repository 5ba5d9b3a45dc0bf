using System.Security.Claims;
using Marketplace.Web.Features.Accounts.Tokens;
using Marketplace.Web.Features.Catalog.Api;
using Marketplace.Web.Features.Regions;
using Microsoft.AspNetCore.Http.HttpResults;

namespace Marketplace.Web.Features.Search.Api;

/// <summary>
/// GET /api/v1/search: the search page's answer for machines, with the same permissions (cookie or personal access
/// token decide the viewer) and the same checks (each refused parameter is named in a 400 problem).
/// </summary>
public static class SearchApi
{
    public static IEndpointRouteBuilder MapSearchApi(this IEndpointRouteBuilder app)
    {
        app.MapGet("/api/v1/search", SearchAsync)
            .WithTags("Search")
            .RequireAuthorization(TokenAuthentication.ApiPolicy)
            .WithName("Search")
            .WithSummary("Searches applications, releases, forum threads and posts, best practices and regions")
            .WithDescription("Drafts are found only by their region's members (and Kurator, Administrator), members-only boards only by "
                + "signed-in members. Each parameter whose value is unknown or out of range is named in a 400 validation problem; "
                + "any text in q is searched as plain words, never refused for its syntax.")
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status503ServiceUnavailable);
        return app;
    }

    internal static async Task<Results<Ok<SearchResponse>, ProblemHttpResult>> SearchAsync(
        [AsParameters] SearchApiQuery query, ClaimsPrincipal user, IServiceProvider services, RegionDirectory regions, CancellationToken cancellationToken)
    {
        var directory = await regions.GetAsync(cancellationToken);
        var request = SearchQuery.Parse(query.ToRaw(), directory, out var errors);
        if (errors.Count > 0)
        {
            return ApiProblems.Invalid(errors.GroupBy(e => e.Parameter).ToDictionary(g => g.Key, g => g.Select(Refusal).ToArray()));
        }

        if (SearchIndexes.TrySearch(services, request with { Viewer = SearchViewers.For(user) }) is not { } results)
        {
            return TypedResults.Problem(statusCode: StatusCodes.Status503ServiceUnavailable, detail: "The search index cannot be used now; /health says why.");
        }

        var facets = results.Facets.ToDictionary(
            f => f.Key,
            f => (IReadOnlyList<FacetResponse>)f.Value.Select(v => new FacetResponse(v.Value, v.Count, RegionFacetName(f.Key, v.Value, directory))).ToList());
        return TypedResults.Ok(new SearchResponse(
            results.Total, Math.Round(results.TookMs, 2), request.Page, request.PageSize,
            results.Hits.Select(h => new SearchHitResponse(
                SearchKeys.Name(h.Type), h.Id, h.Title, h.Url, h.SnippetHtml,
                h.RegionCode is null ? null : new RegionRef(h.RegionCode, h.RegionName ?? directory.Find(h.RegionCode)?.Name ?? h.RegionCode),
                h.Date)).ToList(),
            facets, results.Suggestion, results.CorrectedTypos, results.TotalIsLowerBound));
    }

    private static string? RegionFacetName(string facet, string value, RegionSnapshot regions) =>
        facet is SearchFacets.Province or SearchFacets.Region ? regions.Find(value)?.Name : null;

    private static string Refusal(SearchParameterError error) => error.Problem switch
    {
        SearchProblem.TooLong when error.Parameter == "q" => $"The search text is longer than {SearchQuery.MaxTextLength} characters.",
        SearchProblem.TooLong => $"The value is longer than {SearchQuery.MaxValueLength} characters.",
        SearchProblem.NotANumber => $"\"{error.Value}\" is not a number.",
        SearchProblem.OutOfRange when error.Parameter == "page" => $"\"{error.Value}\" is not a page number from 1 to {SearchQuery.MaxPage}.",
        SearchProblem.OutOfRange => $"\"{error.Value}\" is not a page size from 1 to {SearchQuery.MaxPageSize}.",
        _ => $"\"{error.Value}\" is not a known value of {error.Parameter}.",
    };
}
