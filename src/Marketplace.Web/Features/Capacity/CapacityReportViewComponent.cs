using Marketplace.Web.Features.Accounts;
using Marketplace.Web.Features.Adoptions;
using Marketplace.Web.Features.Catalog;
using Marketplace.Web.Features.Regions;
using Microsoft.AspNetCore.Mvc;

namespace Marketplace.Web.Features.Capacity;

/// <summary>
/// The fit or gap report on an application's page, for a signed-in user of another region than the owner. The expected
/// users come from the region's open adoption of the application, else from <c>?pengguna=</c>, else from one server's
/// worth (the application's users per server, or 100).
/// </summary>
public sealed class CapacityReportViewComponent(InfrastructureRegistry registry, AdoptionWorkflow adoptions, RegionDirectory regions) : ViewComponent
{
    public const string UsersParameter = "pengguna";
    public const int DefaultUsers = 100;

    public async Task<IViewComponentResult> InvokeAsync(SharedApp app)
    {
        var cancellationToken = HttpContext.RequestAborted;
        if (UserClaimsPrincipal.RegionCode() is not { Length: > 0 } regionCode || regionCode == app.OwnerRegionCode)
        {
            return Content("");
        }

        var region = (await regions.GetAsync(cancellationToken)).Find(regionCode);
        var adoption = await adoptions.FindOpenAsync(regionCode, app.Id, cancellationToken);
        var asked = Request.Query[UsersParameter].ToString();
        int? requested = int.TryParse(asked, out var parsed) && parsed is >= 1 and <= AdoptionRules.ExpectedUsersMax ? parsed : null;
        var users = adoption?.ExpectedUsers ?? requested ?? app.Requirements.UsersPerServer ?? DefaultUsers;
        var infrastructure = await registry.FindAsync(regionCode, cancellationToken);
        var model = new CapacityReportModel(
            app.Slug,
            regionCode,
            region?.Name ?? regionCode,
            CapacityCheck.Evaluate(app.Requirements, users, infrastructure),
            adoption is not null,
            asked.Length > 0 && requested is null && adoption is null ? asked : null,
            CapacityPermissions.CanEdit(UserClaimsPrincipal, regionCode));
        return View("/Features/Capacity/_CapacityReport.cshtml", model);
    }
}

/// <summary>What the report partial shows.</summary>
/// <param name="RejectedUsers">A <c>?pengguna=</c> value that is not a number of users, to say why it was ignored.</param>
public sealed record CapacityReportModel(
    string Slug,
    string RegionCode,
    string RegionName,
    CapacityReport Report,
    bool FromAdoption,
    string? RejectedUsers,
    bool CanDeclare);
