using Marketplace.Web.Data;
using Marketplace.Web.Features.Accounts;
using Marketplace.Web.Features.Regions;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;

namespace Marketplace.Web.Features.Plugins;

/// <summary>
/// /admin/modul: every package with its review, every module version in this process with its state, load time and
/// reason, and which regions run what. A Kurator approves or rejects here; a faulted module is reloaded here.
/// </summary>
[Authorize(Roles = Roles.Kurator + "," + Roles.Administrator)]
public sealed class AdminModel(MarketplaceDbContext db, PluginPackages packages, ModuleRuntime runtime, RegionDirectory regions, IStringLocalizer<PluginsText> text)
    : PageModel
{
    public sealed record PackageRow(PluginPackage Package, string AppName, string AppSlug, ModuleStatus? Runtime);

    public sealed record EnablementRow(string RegionCode, string RegionName, string Module, string Version, bool Enabled);

    public IReadOnlyList<PackageRow> Packages { get; private set; } = [];

    public IReadOnlyList<EnablementRow> Enablements { get; private set; } = [];

    public IReadOnlyList<ModuleRuntime.UnloadedContext> Unloads { get; private set; } = [];

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        var all = await db.Set<PluginPackage>().AsNoTracking()
            .Join(db.Apps.AsNoTracking(), p => p.AppId, a => a.Id, (p, a) => new { Package = p, a.Name, a.Slug })
            .ToListAsync(cancellationToken);
        var states = runtime.Snapshot().ToDictionary(s => s.PackageId);
        Packages = [.. all.OrderBy(p => p.Package.State != PackageState.Pending).ThenBy(p => p.Package.ModuleId, StringComparer.Ordinal)
            .ThenByDescending(p => p.Package.Version, Comparer<string>.Create(Catalog.SemVer.Compare))
            .Select(p => new PackageRow(p.Package, p.Name, p.Slug, states.GetValueOrDefault(p.Package.Id)))];

        Unloads = [.. runtime.RecentUnloads.Reverse().Take(20)];
        var snapshot = await regions.GetAsync(cancellationToken);
        var byId = all.ToDictionary(p => p.Package.Id, p => p.Package);
        Enablements = [.. (await db.Set<RegionModule>().AsNoTracking().ToListAsync(cancellationToken))
            .Select(m => new EnablementRow(m.RegionCode, snapshot.Find(m.RegionCode)?.Name ?? m.RegionCode, byId[m.PackageId].Name, byId[m.PackageId].Version, m.Enabled))
            .OrderBy(m => m.RegionName, StringComparer.CurrentCulture)];
    }

    public async Task<IActionResult> OnPostApproveAsync(int id, CancellationToken cancellationToken) =>
        Done(await packages.ApproveAsync(User, id, cancellationToken), "Admin.Approved");

    public async Task<IActionResult> OnPostRejectAsync(int id, string? reason, CancellationToken cancellationToken) =>
        Done(await packages.RejectAsync(User, id, reason, cancellationToken), "Admin.Rejected");

    public async Task<IActionResult> OnPostReloadAsync(int id)
    {
        await runtime.ResetAsync(id);
        TempData["Status"] = text["Admin.Reloaded"].Value;
        return RedirectToPage();
    }

    private IActionResult Done(PluginResult result, string doneKey)
    {
        switch (result.Outcome)
        {
            case PluginOutcome.Forbidden:
                return Forbid();
            case PluginOutcome.NotFound:
                return NotFound();
            case PluginOutcome.Invalid:
                TempData["Error"] = string.Join(" ", result.Problems.Select(text.Describe));
                break;
            default:
                TempData["Status"] = text[doneKey, result.Package!.Name, result.Package.Version].Value;
                break;
        }

        return RedirectToPage();
    }
}
