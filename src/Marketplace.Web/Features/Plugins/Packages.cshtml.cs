using Marketplace.Web.Data;
using Marketplace.Web.Features.Accounts;
using Marketplace.Web.Features.Catalog;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.RateLimiting;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using Microsoft.Extensions.Options;

namespace Marketplace.Web.Features.Plugins;

/// <summary>/katalog/{slug}/modul: the owner region attaches a module package to a release and follows its review.</summary>
[Authorize]
[EnableRateLimiting(AccountRateLimits.Posting)]
public sealed class PackagesModel(CatalogEditor editor, PluginPackages packages, MarketplaceDbContext db, IOptions<PluginOptions> options, IStringLocalizer<PluginsText> text)
    : PageModel
{
    [BindProperty(SupportsGet = true)]
    public string Slug { get; set; } = "";

    public string AppName { get; private set; } = "";

    public IReadOnlyList<Release> Releases { get; private set; } = [];

    public IReadOnlyDictionary<int, PluginPackage> ByRelease { get; private set; } = new Dictionary<int, PluginPackage>();

    public IReadOnlyList<string> Problems { get; private set; } = [];

    public long MaxMebibytes => options.Value.MaxPackageBytes / 1024 / 1024;

    public async Task<IActionResult> OnGetAsync(CancellationToken cancellationToken) => await LoadAsync(cancellationToken) ?? Page();

    public async Task<IActionResult> OnPostAsync(string? release, IFormFile? package, CancellationToken cancellationToken)
    {
        if (await LoadAsync(cancellationToken) is { } refusal)
        {
            return refusal;
        }

        if (package is null || package.Length == 0)
        {
            return Refuse([new PackageProblem("Package.FileRequired")]);
        }

        if (package.Length > options.Value.MaxPackageBytes)
        {
            return Refuse([new PackageProblem("Package.TooLarge", package.Length / 1024 / 1024, MaxMebibytes)]);
        }

        using var buffer = new MemoryStream();
        await package.CopyToAsync(buffer, cancellationToken);
        var result = await packages.UploadAsync(User, Slug, release ?? "", buffer.ToArray(), cancellationToken);
        switch (result.Outcome)
        {
            case PluginOutcome.NotFound:
                return NotFound();
            case PluginOutcome.Forbidden:
                return Forbid();
            case PluginOutcome.Invalid:
                return Refuse(result.Problems);
        }

        TempData["Status"] = text["Packages.Uploaded", result.Package!.Name, result.Package.Version, result.Package.Sha256].Value;
        return RedirectToPage();
    }

    private PageResult Refuse(IReadOnlyList<PackageProblem> problems)
    {
        Problems = [.. problems.Select(text.Describe)];
        Response.StatusCode = StatusCodes.Status400BadRequest;
        return Page();
    }

    private async Task<IActionResult?> LoadAsync(CancellationToken cancellationToken)
    {
        var found = await editor.FindForEditAsync(User, Slug, cancellationToken);
        switch (found.Status)
        {
            case EditStatus.NotFound:
                return NotFound();
            case EditStatus.Forbidden:
                return Forbid();
        }

        var app = found.Value!;
        AppName = app.Name;
        Releases = app.Releases;
        ByRelease = await db.Set<PluginPackage>().AsNoTracking().Where(p => p.AppId == app.Id)
            .ToDictionaryAsync(p => p.ReleaseId, cancellationToken);
        return null;
    }
}
