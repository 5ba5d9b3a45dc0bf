using Marketplace.Web.Features.Accounts;
using Marketplace.Web.Features.Catalog;
using Marketplace.Web.Features.Regions;
using Microsoft.AspNetCore.Mvc;

namespace Marketplace.Web.Features.Adoptions;

/// <summary>Who is looking at the application page, as far as adoption is concerned.</summary>
public enum AdoptionViewer
{
    Anonymous,

    /// <summary>Signed in without a region (nobody to adopt for).</summary>
    NoRegion,

    /// <summary>A member of the region that owns the application.</summary>
    Owner,

    /// <summary>A member of another region, who may ask to adopt.</summary>
    OtherRegion,
}

/// <summary>One region that runs the application, and since when.</summary>
public sealed record AdopterEntry(string RegionCode, string RegionName, DateTimeOffset? Since);

/// <summary>What the panel shows: the viewer, their region's open request (if any), requests waiting for the owner, and who runs it.</summary>
public sealed record AdoptionPanelModel(
    SharedApp App, AdoptionViewer Viewer, Adoption? OwnOpen, int Pending, IReadOnlyList<AdopterEntry> RunningAt);

/// <summary>
/// The adoption part of the application page, kept in this feature so the catalog page needs one line: what the visitor
/// can do (sign in, ask to adopt, follow their region's request, decide incoming ones) and which regions run it.
/// The view is named by path because Razor Pages do not look for view components under /Features.
/// </summary>
public sealed class AdoptionPanelViewComponent(AdoptionReader reader, AdoptionWorkflow workflow, RegionDirectory regions) : ViewComponent
{
    public const string ViewPath = "/Features/Adoptions/_AdoptionPanel.cshtml";

    public async Task<IViewComponentResult> InvokeAsync(SharedApp app)
    {
        var cancellationToken = HttpContext.RequestAborted;
        var user = UserClaimsPrincipal;
        var region = user.Identity?.IsAuthenticated == true ? user.RegionCode() : null;
        var viewer = user.Identity?.IsAuthenticated != true ? AdoptionViewer.Anonymous
            : string.IsNullOrEmpty(region) ? AdoptionViewer.NoRegion
            : region == app.OwnerRegionCode ? AdoptionViewer.Owner
            : AdoptionViewer.OtherRegion;

        var ownOpen = viewer == AdoptionViewer.OtherRegion ? await workflow.FindOpenAsync(region!, app.Id, cancellationToken) : null;
        var pending = viewer == AdoptionViewer.Owner ? await reader.PendingCountAsync(app.Id, cancellationToken) : 0;
        var directory = await regions.GetAsync(cancellationToken);
        var running = (await reader.RunningAsync(app.Id, cancellationToken))
            .Select(a => new AdopterEntry(a.AdopterRegionCode, directory.Find(a.AdopterRegionCode)?.Name ?? a.AdopterRegionCode, a.RunningSince))
            .ToList();

        return View(ViewPath, new AdoptionPanelModel(app, viewer, ownOpen, pending, running));
    }
}
