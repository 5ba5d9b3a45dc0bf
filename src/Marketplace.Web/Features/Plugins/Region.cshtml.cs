using Marketplace.Web.Features.Accounts;
using Marketplace.Web.Features.Regions;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Localization;

namespace Marketplace.Web.Features.Plugins;

/// <summary>
/// /modul: the modules of the user's region with their dashboard widgets; its AdminWilayah also turns approved modules
/// on, upgrades, turns off and uninstalls them here.
/// </summary>
[Authorize]
public sealed class RegionModel(RegionModules modules, ModuleDashboard dashboard, RegionDirectory regions, IStringLocalizer<PluginsText> text) : PageModel
{
    public string RegionName { get; private set; } = "";

    public bool CanManage { get; private set; }

    public IReadOnlyList<AvailableModule> Available { get; private set; } = [];

    public IReadOnlyList<ModulePanel> Panels { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync(CancellationToken cancellationToken)
    {
        var code = User.RegionCode();
        if (code is null)
        {
            return Forbid();
        }

        RegionName = (await regions.GetAsync(cancellationToken)).Find(code)?.Name ?? code;
        CanManage = RegionModules.CanManage(User, code);
        Available = await modules.AvailableAsync(code, cancellationToken);
        Panels = await dashboard.ForRegionAsync(code, RegionName, cancellationToken);
        return Page();
    }

    public Task<IActionResult> OnPostEnableAsync(int appId, CancellationToken cancellationToken) =>
        ChangeAsync(modules.EnableAsync(User, appId, cancellationToken), "Region.Enabled");

    public Task<IActionResult> OnPostDisableAsync(int appId, CancellationToken cancellationToken) =>
        ChangeAsync(modules.DisableAsync(User, appId, cancellationToken), "Region.Disabled");

    public Task<IActionResult> OnPostUninstallAsync(int appId, CancellationToken cancellationToken) =>
        ChangeAsync(modules.UninstallAsync(User, appId, cancellationToken), "Region.Uninstalled");

    private async Task<IActionResult> ChangeAsync(Task<PluginResult> change, string doneKey)
    {
        var result = await change;
        switch (result.Outcome)
        {
            case PluginOutcome.Forbidden:
                return Forbid();
            case PluginOutcome.NotFound:
                return NotFound();
        }

        TempData["Status"] = result.Package is { } package ? text[doneKey + "Version", package.Name, package.Version].Value : text[doneKey].Value;
        return RedirectToPage();
    }
}
