using Marketplace.Web.Features.Catalog.Api;
using Microsoft.AspNetCore.Http.HttpResults;

namespace Marketplace.Web.Features.Adoptions.Api;

/// <summary>The adoption API's refusals as problem details: 400 by field, 403, 404, and 409 carrying the workflow's key as "code".</summary>
internal static class AdoptionProblems
{
    public static ProblemHttpResult AppNotFound(string slug) => ApiProblems.NotFound(slug);

    public static ProblemHttpResult NotFound(int id) =>
        TypedResults.Problem(statusCode: StatusCodes.Status404NotFound, detail: $"No adoption {id}.");

    public static ProblemHttpResult Forbidden(string detail) =>
        TypedResults.Problem(statusCode: StatusCodes.Status403Forbidden, detail: detail);

    /// <summary>The workflow's answer when it did not act.</summary>
    public static ProblemHttpResult Refused<T>(AdoptionResult<T> result, Func<ProblemHttpResult> notFound, string forbidden)
        where T : class => result.Status switch
        {
            AdoptionStatus.NotFound => notFound(),
            AdoptionStatus.Forbidden => Forbidden(forbidden),
            AdoptionStatus.Conflict => Conflict(result.Errors[0]),
            _ => ApiProblems.Invalid(result.Errors
                .GroupBy(e => ApiProblems.JsonPath(e.Field))
                .ToDictionary(g => g.Key, g => g.Select(AdoptionApiMessages.Describe).ToArray())),
        };

    private static ProblemHttpResult Conflict(Catalog.FieldError error)
    {
        var extensions = new Dictionary<string, object?> { ["code"] = error.Key };
        if (error.Key == "Adoption.AlreadyOpen" && error.Arguments is [int open, ..])
        {
            extensions["adoptionId"] = open;
        }

        return TypedResults.Problem(statusCode: StatusCodes.Status409Conflict, detail: AdoptionApiMessages.Describe(error), extensions: extensions);
    }
}
