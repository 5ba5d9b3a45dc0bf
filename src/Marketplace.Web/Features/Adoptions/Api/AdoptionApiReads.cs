using System.ComponentModel;
using System.Security.Claims;
using Marketplace.Web.Data;
using Marketplace.Web.Features.Catalog;
using Marketplace.Web.Features.Catalog.Api;
using Marketplace.Web.Features.Regions;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;

namespace Marketplace.Web.Features.Adoptions.Api;

/// <summary>The adoption API's reads: the public lists per application and per region, and one adoption for its regions.</summary>
internal static class AdoptionApiReads
{
    public static async Task<Results<Ok<AppAdoptionsResponse>, ProblemHttpResult>> ForAppAsync(
        [Description("The application's address, for example \"e-parkir\".")] string slug,
        ClaimsPrincipal user, MarketplaceDbContext db, RegionDirectory regions, CancellationToken cancellationToken)
    {
        var app = await db.Apps.AsNoTracking().SingleOrDefaultAsync(a => a.Slug == slug, cancellationToken);
        if (app is null || !CatalogPermissions.CanSee(user, app))
        {
            return AdoptionProblems.AppNotFound(slug);
        }

        var rows = await Rows(db.Adoptions.Where(a => a.AppId == app.Id)).ToListAsync(cancellationToken);
        var directory = await regions.GetAsync(cancellationToken);
        return TypedResults.Ok(new AppAdoptionsResponse(new AppRef(app.Slug, app.Name), [.. rows.Select(r => AdoptionSummaryResponse.From(r, directory))]));
    }

    public static async Task<Results<Ok<RegionAdoptionsResponse>, ProblemHttpResult>> ForRegionAsync(
        [Description("Kemendagri code, for example \"61.72\".")] string code,
        [Description("adopter or owner; both lists without it.")] string? role,
        MarketplaceDbContext db, RegionDirectory regions, CancellationToken cancellationToken)
    {
        var directory = await regions.GetAsync(cancellationToken);
        if (directory.Find(code) is not { } region)
        {
            return TypedResults.Problem(statusCode: StatusCodes.Status404NotFound, detail: $"No region \"{code}\".");
        }

        var (adopter, owner) = role?.Trim().ToLowerInvariant() switch
        {
            null or "" => (true, true),
            "adopter" => (true, false),
            "owner" => (false, true),
            _ => (false, false),
        };
        if (!adopter && !owner)
        {
            return ApiProblems.Invalid(new Dictionary<string, string[]> { ["role"] = [$"\"{role}\" is not a role: use adopter or owner."] });
        }

        var visible = db.Adoptions.Where(a => a.App.Status != AppStatus.Draft);
        var asAdopter = adopter ? await Rows(visible.Where(a => a.AdopterRegionCode == code)).ToListAsync(cancellationToken) : null;
        var asOwner = owner ? await Rows(visible.Where(a => a.OwnerRegionCode == code)).ToListAsync(cancellationToken) : null;
        return TypedResults.Ok(new RegionAdoptionsResponse(
            new RegionRef(region.Code, region.Name),
            asAdopter?.Select(r => AdoptionSummaryResponse.From(r, directory)).ToList(),
            asOwner?.Select(r => AdoptionSummaryResponse.From(r, directory)).ToList()));
    }

    public static async Task<Results<Ok<AdoptionResponse>, ProblemHttpResult>> GetAsync(
        int id, ClaimsPrincipal user, AdoptionWorkflow workflow, RegionDirectory regions, CancellationToken cancellationToken)
    {
        var found = await workflow.FindAsync(user, id, cancellationToken);
        return found.Status == AdoptionStatus.Done
            ? TypedResults.Ok(AdoptionResponse.From(found.Value!, AdoptionPermissions.SidesOf(user, found.Value!), await regions.GetAsync(cancellationToken)))
            : AdoptionProblems.Refused(found, () => AdoptionProblems.NotFound(id), "Only members of the two regions, curators and administrators read an adoption.");
    }

    /// <summary>The public columns, newest request first, in one query with the application's address and name.</summary>
    private static IQueryable<AdoptionRow> Rows(IQueryable<Adoption> adoptions) =>
        adoptions.AsNoTracking()
            .OrderByDescending(a => a.RequestedAt).ThenByDescending(a => a.Id)
            .Select(a => new AdoptionRow(a.Id, a.App.Slug, a.App.Name, a.OwnerRegionCode, a.AdopterRegionCode, a.AdopterProvinceCode, a.State, a.RequestedAt, a.RunningSince));
}
