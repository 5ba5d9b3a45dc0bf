using Marketplace.Web.Features.Accounts;
using Marketplace.Web.Features.Accounts.Tokens;

namespace Marketplace.Web.Features.Adoptions.Api;

/// <summary>
/// The adoption API. Anyone reads which regions adopt which applications (no reasons, no people); members of the two
/// regions read one adoption in full and act on it with a personal access token or their session cookie, under the
/// same rules as the pages (<see cref="AdoptionWorkflow"/>). Writes take JSON only; see CatalogApi on why cookie
/// writes need no antiforgery token.
/// </summary>
public static class AdoptionApi
{
    public static IEndpointRouteBuilder MapAdoptionApi(this IEndpointRouteBuilder app)
    {
        var api = app.MapGroup("/api/v1").WithTags("Adoptions").RequireAuthorization(TokenAuthentication.ApiPolicy);

        api.MapGet("/apps/{slug}/adoptions", AdoptionApiReads.ForAppAsync)
            .WithName("ListAppAdoptions")
            .WithSummary("Lists the adoptions of one application, newest request first")
            .ProducesProblem(StatusCodes.Status404NotFound)
            .WithDescription("Public: regions, states and dates, never reasons or names of people. Drafts and unknown applications answer 404.");

        api.MapGet("/regions/{code}/adoptions", AdoptionApiReads.ForRegionAsync)
            .WithName("ListRegionAdoptions")
            .WithSummary("Lists a region's adoptions, as adopter and as owner of the application")
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status404NotFound)
            .WithDescription("role=adopter or role=owner gives one of the two lists (the other is null); without it both. "
                + "An unknown region answers 404, another role 400.");

        var members = api.MapGroup("").RequireAuthorization().RequireRateLimiting(AccountRateLimits.Posting);
        members.MapGet("/adoptions/{id:int}", AdoptionApiReads.GetAsync)
            .WithName("GetAdoption")
            .WithSummary("Gets one adoption with its history, its version and the moves the caller may make")
            .ProducesProblem(StatusCodes.Status401Unauthorized)
            .ProducesProblem(StatusCodes.Status403Forbidden)
            .ProducesProblem(StatusCodes.Status404NotFound)
            .WithDescription("For members of the owner and adopter regions, curators and administrators.");

        members.MapPost("/apps/{slug}/adoptions", AdoptionApiWrites.RequestAsync)
            .WithName("RequestAdoption")
            .WithSummary("Asks to adopt an application for the caller's region")
            .Accepts<AdoptionRequestInput>("application/json")
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status401Unauthorized)
            .ProducesProblem(StatusCodes.Status403Forbidden)
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status409Conflict)
            .WithDescription("409 with code Adoption.OwnApp (the region owns it), Adoption.NotPublished, or Adoption.AlreadyOpen "
                + "(with adoptionId: the region already has an open request or a running adoption).");

        members.MapPost("/adoptions/{id:int}/transitions", AdoptionApiWrites.TransitionAsync)
            .WithName("MoveAdoption")
            .WithSummary("Moves an adoption to another state: approve, decline, plan, go live or stop")
            .Accepts<TransitionRequest>("application/json")
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status401Unauthorized)
            .ProducesProblem(StatusCodes.Status403Forbidden)
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status409Conflict)
            .WithDescription("The owner region's AdminWilayah approves (disetujui) or declines (ditolak, with a reason); the adopting "
                + "region plans (perencanaan) and goes live (berjalan); either stops (dihentikan, with a reason). 403 when the move "
                + "is not the caller's to make, 409 with code Adoption.OutOfOrder when no such move exists from the current state, "
                + "Adoption.Stale when the version is not the current one.");

        return app;
    }
}
