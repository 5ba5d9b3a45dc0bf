using System.ComponentModel;
using System.Security.Claims;
using Marketplace.Web.Features.Catalog.Api;
using Marketplace.Web.Features.Regions;
using Microsoft.AspNetCore.Http.HttpResults;

namespace Marketplace.Web.Features.Adoptions.Api;

/// <summary>The adoption API's writes: a request and a move, through <see cref="AdoptionWorkflow"/> like the pages.</summary>
internal static class AdoptionApiWrites
{
    public static async Task<Results<Created<AdoptionResponse>, ProblemHttpResult>> RequestAsync(
        [Description("The application's address.")] string slug,
        HttpRequest request, ClaimsPrincipal user, AdoptionWorkflow workflow, RegionDirectory regions, CancellationToken cancellationToken)
    {
        var (input, problem) = await ApiJson.ReadAsync<AdoptionRequestInput>(request, cancellationToken);
        if (problem is not null)
        {
            return problem;
        }

        var result = await workflow.RequestAsync(user, slug, input!, cancellationToken);
        if (result.Status != AdoptionStatus.Done)
        {
            return AdoptionProblems.Refused(result, () => AdoptionProblems.AppNotFound(slug), "Only a member of a region may ask to adopt an application.");
        }

        var id = result.Value!.Id;
        return TypedResults.Created($"/api/v1/adoptions/{id}", await ReadBackAsync(user, id, workflow, regions, cancellationToken));
    }

    public static async Task<Results<Ok<AdoptionResponse>, ProblemHttpResult>> TransitionAsync(
        int id, HttpRequest request, ClaimsPrincipal user, AdoptionWorkflow workflow, RegionDirectory regions, CancellationToken cancellationToken)
    {
        var (input, problem) = await ApiJson.ReadAsync<TransitionRequest>(request, cancellationToken);
        if (problem is not null)
        {
            return problem;
        }

        var missing = new Dictionary<string, string[]>();
        if (input!.To is null)
        {
            missing["to"] = ["The target state is required: disetujui, perencanaan, berjalan, ditolak or dihentikan."];
        }

        if (input.Version is null)
        {
            missing["version"] = ["The version you read is required (GET /api/v1/adoptions/{id} gives it)."];
        }

        if (missing.Count > 0)
        {
            return ApiProblems.Invalid(missing);
        }

        var result = await workflow.TransitionAsync(user, id, new TransitionInput { To = input.To!.Value, Reason = input.Reason, Version = input.Version }, cancellationToken);
        return result.Status == AdoptionStatus.Done
            ? TypedResults.Ok(await ReadBackAsync(user, id, workflow, regions, cancellationToken))
            : AdoptionProblems.Refused(result, () => AdoptionProblems.NotFound(id), "This move is not yours to make: the owner region's AdminWilayah decides a request, the adopting region plans and goes live.");
    }

    // Read back as GET answers it: the workflow's entity lacks the application (after a request) and the earlier history.
    private static async Task<AdoptionResponse> ReadBackAsync(ClaimsPrincipal user, int id, AdoptionWorkflow workflow, RegionDirectory regions, CancellationToken cancellationToken)
    {
        var saved = (await workflow.FindAsync(user, id, cancellationToken)).Value ?? throw new InvalidOperationException($"Adoption {id} vanished after saving.");
        return AdoptionResponse.From(saved, AdoptionPermissions.SidesOf(user, saved), await regions.GetAsync(cancellationToken));
    }
}
