using System.Security.Claims;
using Marketplace.Web.Data;
using Marketplace.Web.Features.Accounts;
using Marketplace.Web.Features.Catalog;
using Microsoft.EntityFrameworkCore;

namespace Marketplace.Web.Features.Plugins;

/// <summary>A module a region may use: the newest approved version, and what the region runs now.</summary>
public sealed record AvailableModule(int AppId, string Slug, string AppName, string ModuleId, string Name, PluginPackage Newest, PluginPackage? Current, bool Enabled)
{
    public bool CanUpgrade => Current is not null && SemVer.Compare(Newest.Version, Current.Version) > 0;
}

/// <summary>
/// Per-region enablement: an AdminWilayah turns an approved module on for the region, upgrades it to the newest approved
/// version, turns it off, or uninstalls it (its data for the region goes too). No restart: a version no region uses
/// any more is unloaded at once.
/// </summary>
public sealed class RegionModules(MarketplaceDbContext db, ModuleRuntime runtime, TimeProvider clock)
{
    public static bool CanManage(ClaimsPrincipal user, string regionCode) => user.IsInRole(Roles.AdminWilayah) && user.RegionCode() == regionCode;

    public async Task<IReadOnlyList<AvailableModule>> AvailableAsync(string regionCode, CancellationToken cancellationToken)
    {
        var approved = await db.Set<PluginPackage>().AsNoTracking().Where(p => p.State == PackageState.Approved).ToListAsync(cancellationToken);
        var apps = await db.Apps.AsNoTracking().Where(a => approved.Select(p => p.AppId).Contains(a.Id)).Select(a => new { a.Id, a.Slug, a.Name }).ToListAsync(cancellationToken);
        var mine = await db.Set<RegionModule>().AsNoTracking().Where(m => m.RegionCode == regionCode).ToListAsync(cancellationToken);
        var packages = await db.Set<PluginPackage>().AsNoTracking().Where(p => mine.Select(m => m.PackageId).Contains(p.Id)).ToDictionaryAsync(p => p.Id, cancellationToken);
        return [.. apps.Select(a =>
        {
            var newest = approved.Where(p => p.AppId == a.Id).OrderByDescending(p => p.Version, Comparer<string>.Create(SemVer.Compare)).First();
            var enablement = mine.SingleOrDefault(m => m.AppId == a.Id);
            var current = enablement is null ? null : packages[enablement.PackageId];
            return new AvailableModule(a.Id, a.Slug, a.Name, newest.ModuleId, current?.Name ?? newest.Name, newest, current, enablement?.Enabled == true);
        }).OrderBy(m => m.Name, StringComparer.CurrentCulture)];
    }

    /// <summary>The package the region runs for the application <paramref name="slug"/>, or null when it has none enabled.</summary>
    public async Task<(SharedApp App, PluginPackage? Package)?> ForRunAsync(string slug, string regionCode, CancellationToken cancellationToken)
    {
        var app = await db.Apps.AsNoTracking().SingleOrDefaultAsync(a => a.Slug == slug && a.Status != AppStatus.Draft, cancellationToken);
        if (app is null)
        {
            return null;
        }

        var package = await db.Set<RegionModule>().AsNoTracking()
            .Where(m => m.RegionCode == regionCode && m.AppId == app.Id && m.Enabled)
            .Join(db.Set<PluginPackage>().AsNoTracking(), m => m.PackageId, p => p.Id, (m, p) => p)
            .SingleOrDefaultAsync(cancellationToken);
        return (app, package);
    }

    /// <summary>Turns the newest approved version on for the user's region; the same call upgrades a region that runs an older one.</summary>
    public async Task<PluginResult> EnableAsync(ClaimsPrincipal user, int appId, CancellationToken cancellationToken)
    {
        var region = user.RegionCode();
        if (region is null || !CanManage(user, region))
        {
            return PluginResult.Forbidden;
        }

        var newest = (await db.Set<PluginPackage>().Where(p => p.AppId == appId && p.State == PackageState.Approved).ToListAsync(cancellationToken))
            .OrderByDescending(p => p.Version, Comparer<string>.Create(SemVer.Compare)).FirstOrDefault();
        if (newest is null)
        {
            return PluginResult.NotFound;
        }

        var enablement = await db.Set<RegionModule>().SingleOrDefaultAsync(m => m.RegionCode == region && m.AppId == appId, cancellationToken);
        var previous = enablement?.PackageId;
        if (enablement is null)
        {
            enablement = new RegionModule { RegionCode = region, AppId = appId, ChangedBy = "" };
            db.Add(enablement);
        }

        enablement.PackageId = newest.Id;
        enablement.Enabled = true;
        enablement.ChangedBy = user.UserId() ?? "";
        enablement.ChangedAt = clock.GetUtcNow();
        await db.SaveChangesAsync(cancellationToken);
        var unloaded = previous is { } old && old != newest.Id ? await UnloadIfUnusedAsync(old, cancellationToken) : null;
        return PluginResult.Done(newest, unloaded);
    }

    public async Task<PluginResult> DisableAsync(ClaimsPrincipal user, int appId, CancellationToken cancellationToken) =>
        await ChangeAsync(user, appId, async enablement =>
        {
            enablement.Enabled = false;
            enablement.ChangedBy = user.UserId() ?? "";
            enablement.ChangedAt = clock.GetUtcNow();
            await db.SaveChangesAsync(cancellationToken);
        }, cancellationToken);

    /// <summary>Removes the module from the region together with everything it stored for the region.</summary>
    public async Task<PluginResult> UninstallAsync(ClaimsPrincipal user, int appId, CancellationToken cancellationToken) =>
        await ChangeAsync(user, appId, async enablement =>
        {
            var moduleId = await db.Set<PluginPackage>().Where(p => p.Id == enablement.PackageId).Select(p => p.ModuleId).SingleAsync(cancellationToken);
            db.Remove(enablement);
            await db.SaveChangesAsync(cancellationToken);
            await db.Set<ModuleRecord>().Where(r => r.ModuleId == moduleId && r.RegionCode == enablement.RegionCode).ExecuteDeleteAsync(cancellationToken);
        }, cancellationToken);

    private async Task<PluginResult> ChangeAsync(ClaimsPrincipal user, int appId, Func<RegionModule, Task> change, CancellationToken cancellationToken)
    {
        var region = user.RegionCode();
        if (region is null || !CanManage(user, region))
        {
            return PluginResult.Forbidden;
        }

        var enablement = await db.Set<RegionModule>().SingleOrDefaultAsync(m => m.RegionCode == region && m.AppId == appId, cancellationToken);
        if (enablement is null)
        {
            return PluginResult.NotFound;
        }

        await change(enablement);
        return PluginResult.Done(unloaded: await UnloadIfUnusedAsync(enablement.PackageId, cancellationToken));
    }

    private async Task<WeakReference?> UnloadIfUnusedAsync(int packageId, CancellationToken cancellationToken) =>
        await db.Set<RegionModule>().AnyAsync(m => m.PackageId == packageId && m.Enabled, cancellationToken)
            ? null
            : await runtime.UnloadAsync(packageId);
}
