using System.ComponentModel;
using System.Security.Claims;
using Marketplace.Web.Features.Regions;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.Extensions.Localization;
using Marketplace.Web.Features.BestPractices;

namespace Marketplace.Web.Features.Catalog.Api;

/// <summary>The catalog API's writes: the same editor and rules as the publish form.</summary>
internal static class CatalogApiWrites
{
    public static async Task<Results<Created<AppResponse>, ProblemHttpResult>> CreateAsync(
        HttpRequest request, ClaimsPrincipal user, CatalogEditor editor, RegionDirectory regions, IStringLocalizer<CatalogText> text, CancellationToken cancellationToken)
    {
        var (input, problem) = await ApiJson.ReadAsync<AppInput>(request, cancellationToken);
        if (problem is not null)
        {
            return problem;
        }

        var outcome = await editor.CreateAsync(user, input!, cancellationToken);
        if (outcome.Status != EditStatus.Done)
        {
            return ApiProblems.Refused(outcome, input!.Slug ?? "", text, typeof(AppInput));
        }

        var app = await SavedAsync(editor, outcome.Value!.Slug, cancellationToken);
        return TypedResults.Created($"/api/v1/apps/{app.Slug}", await CatalogApi.ResponseAsync(app, regions, cancellationToken));
    }

    public static async Task<Results<Ok<AppResponse>, ProblemHttpResult>> UpdateAsync(
        [Description("The application's current address.")] string slug,
        HttpRequest request, ClaimsPrincipal user, CatalogEditor editor, RegionDirectory regions, CurationService curations, IStringLocalizer<CatalogText> text, CancellationToken cancellationToken)
    {
        var (input, problem) = await ApiJson.ReadAsync<AppInput>(request, cancellationToken);
        if (problem is not null)
        {
            return problem;
        }

        var outcome = await editor.UpdateAsync(user, slug, input!, cancellationToken);
        if (outcome.Status != EditStatus.Done)
        {
            return ApiProblems.Refused(outcome, slug, text, typeof(AppInput));
        }

        var app = await SavedAsync(editor, outcome.Value!.Slug, cancellationToken);
        return TypedResults.Ok(await CatalogApi.ResponseAsync(app, regions, cancellationToken, await curations.FindAsync(app.Id, cancellationToken)));
    }

    public static async Task<Results<Created<ReleaseResponse>, ProblemHttpResult>> AddReleaseAsync(
        string slug, HttpRequest request, ClaimsPrincipal user, CatalogEditor editor, IStringLocalizer<CatalogText> text, CancellationToken cancellationToken)
    {
        var (input, problem) = await ApiJson.ReadAsync<ReleaseInput>(request, cancellationToken);
        if (problem is not null)
        {
            return problem;
        }

        var outcome = await editor.AddReleaseAsync(user, slug, input!, cancellationToken);
        return outcome.Status == EditStatus.Done
            ? TypedResults.Created($"/api/v1/apps/{slug}", ReleaseResponse.From(outcome.Value!))
            : ApiProblems.Refused(outcome, slug, text, typeof(ReleaseInput));
    }

    // Read back as GET answers it: the editor's entity lacks releases after an update.
    private static async Task<SharedApp> SavedAsync(CatalogEditor editor, string slug, CancellationToken cancellationToken) =>
        await editor.FindAsync(slug, cancellationToken) ?? throw new InvalidOperationException($"Application {slug} vanished after saving.");
}
