using System.Security.Claims;
using Marketplace.Web.Data;
using Marketplace.Web.Features.Accounts;
using Marketplace.Web.Features.Plugins;
using Marketplace.Web.Features.Regions;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace Marketplace.Web.Features.Demo;

/// <summary>
/// The demo's modules: the sample packages the host's build made (plugins/packages/) are attached to their demo
/// releases through the same checks as an upload, approved (hash pinned) and enabled for Kota Palembang, so
/// <c>dotnet run</c> shows them running at /modul. Idempotent: a module that has a package already is left alone.
/// </summary>
internal sealed class DemoModules(PluginPackages packages, RegionModules modules, IOptions<PluginOptions> options, ILogger<DemoModules> logger) : IDataSeeder
{
    private const string Palembang = "16.71";

    private static readonly IReadOnlyList<(string Package, string AppSlug, string Release, string ModuleId)> _samples =
    [
        ("parkir-retribusi-1.0.0.zip", "e-parkir-palembang", "1.0.0", "parkir-retribusi"),
        ("pengaduan-warga-2.1.0.zip", "layanan-pengaduan-kota-semarang", "2.1.0", "pengaduan-warga"),
    ];

    private static readonly ClaimsPrincipal _kurator = Principal(Roles.Kurator, RegionData.KemenkominfoCode, "demo-kurator");
    private static readonly ClaimsPrincipal _palembang = Principal(Roles.AdminWilayah, Palembang, "demo-palembang");

    public int Order => 160;

    public async Task SeedAsync(MarketplaceDbContext db, CancellationToken cancellationToken)
    {
        var folder = Path.Combine(AppContext.BaseDirectory, options.Value.SamplePackagesPath);
        var installed = 0;
        foreach (var (file, slug, release, moduleId) in _samples)
        {
            var path = Path.Combine(folder, file);
            if (!File.Exists(path) || await db.Set<PluginPackage>().AnyAsync(p => p.ModuleId == moduleId, cancellationToken))
            {
                continue;
            }

            var uploaded = await packages.UploadAsync(_kurator, slug, release, await File.ReadAllBytesAsync(path, cancellationToken), cancellationToken);
            if (uploaded.Package is null)
            {
                logger.LogWarning("Demo module {Package} was refused: {Problems}", file, string.Join("; ", uploaded.Problems));
                continue;
            }

            await packages.ApproveAsync(_kurator, uploaded.Package.Id, cancellationToken);
            await modules.EnableAsync(_palembang, uploaded.Package.AppId, cancellationToken);
            installed++;
        }

        logger.LogInformation("Demo mode: {Installed} sample modules installed and enabled for Kota Palembang (packages from {Folder})", installed, folder);
    }

    private static ClaimsPrincipal Principal(string role, string region, string id) => new(new ClaimsIdentity(
        [new Claim(ClaimTypes.Role, role), new Claim(AccountClaimsFactory.RegionClaim, region), new Claim(ClaimTypes.NameIdentifier, id)], "demo-modules"));
}
