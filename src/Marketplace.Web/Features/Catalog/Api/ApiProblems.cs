using System.ComponentModel.DataAnnotations;
using System.Reflection;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.Extensions.Localization;

namespace Marketplace.Web.Features.Catalog.Api;

/// <summary>The catalog API's refusals as problem details, validation messages in the request's language.</summary>
internal static class ApiProblems
{
    public static ProblemHttpResult NotFound(string slug) =>
        TypedResults.Problem(statusCode: StatusCodes.Status404NotFound, detail: $"No application \"{slug}\".");

    public static ProblemHttpResult Forbidden() =>
        TypedResults.Problem(statusCode: StatusCodes.Status403Forbidden, detail: "Your account may not publish or edit applications of this region.");

    public static ProblemHttpResult Invalid(IDictionary<string, string[]> errors) =>
        TypedResults.Problem(new HttpValidationProblemDetails(errors) { Status = StatusCodes.Status400BadRequest });

    /// <summary>The editor's answer when it did not save: 404, 403, or 400 naming each field as the JSON body names it.</summary>
    public static ProblemHttpResult Refused<T>(EditOutcome<T> outcome, string slug, IStringLocalizer<CatalogText> text, Type model)
        where T : class => outcome.Status switch
        {
            EditStatus.NotFound => NotFound(slug),
            EditStatus.Forbidden => Forbidden(),
            _ => Invalid(outcome.Errors
                .GroupBy(e => JsonPath(e.Field))
                .ToDictionary(g => g.Key, g => g.Select(e => text.Describe(e, model)).ToArray())),
        };

    /// <summary>"Contacts[0].Email" → "contacts[0].email".</summary>
    internal static string JsonPath(string field) =>
        string.Join('.', field.Split('.').Select(s => s.Length == 0 ? s : char.ToLowerInvariant(s[0]) + s[1..]));
}
