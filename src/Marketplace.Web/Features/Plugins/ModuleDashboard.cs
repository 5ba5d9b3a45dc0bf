using Marketplace.Abstractions;
using Marketplace.Web.Data;
using Microsoft.EntityFrameworkCore;

namespace Marketplace.Web.Features.Plugins;

/// <summary>One enabled module on a region's dashboard: its widgets, or why it has none to show.</summary>
public sealed record ModulePanel(string Slug, string Name, string Version, IReadOnlyList<DashboardWidget> Widgets, PackageProblem? Problem);

/// <summary>Gathers the widgets of the modules a region runs, each call under the runtime's time budget.</summary>
public sealed class ModuleDashboard(MarketplaceDbContext db, ModuleRuntime runtime)
{
    public async Task<IReadOnlyList<ModulePanel>> ForRegionAsync(string regionCode, string regionName, CancellationToken cancellationToken)
    {
        var enabled = await db.Set<RegionModule>().AsNoTracking()
            .Where(m => m.RegionCode == regionCode && m.Enabled)
            .Join(db.Set<PluginPackage>().AsNoTracking(), m => m.PackageId, p => p.Id, (m, p) => p)
            .Join(db.Apps.AsNoTracking(), p => p.AppId, a => a.Id, (p, a) => new { Package = p, a.Slug })
            .ToListAsync(cancellationToken);

        var panels = new List<ModulePanel>();
        foreach (var item in enabled.OrderBy(e => e.Package.Name, StringComparer.CurrentCulture))
        {
            if (!item.Package.Permissions.Contains(ModulePermissions.Dashboard))
            {
                panels.Add(new ModulePanel(item.Slug, item.Package.Name, item.Package.Version, [], null));
                continue;
            }

            var call = await runtime.CallAsync(item.Package, regionCode,
                (module, services, token) => module.GetWidgetsAsync(new ModuleContext { RegionCode = regionCode, RegionName = regionName, Services = services }, token),
                cancellationToken);
            panels.Add(new ModulePanel(item.Slug, item.Package.Name, item.Package.Version, call.Value ?? [], call.Reason));
        }

        return panels;
    }
}
