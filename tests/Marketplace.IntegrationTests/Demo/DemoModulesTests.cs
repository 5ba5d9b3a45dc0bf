using System.Net;
using Marketplace.IntegrationTests.Support;
using Marketplace.Testing;
using Marketplace.Testing.Modules;
using Marketplace.Web.Features.Plugins;
using Microsoft.EntityFrameworkCore;

namespace Marketplace.IntegrationTests.Demo;

public sealed class DemoModulesTests : IDisposable
{
    private readonly string _folder = TempFolder.NewPath("mk-it-demo-modules");

    public void Dispose() => TempFolder.Delete(_folder);

    [Fact]
    public async Task Demo_installs_both_sample_modules_approved_and_enabled_for_Palembang()
    {
        // The build puts the packages next to the host; the test host runs from the tests' folder, so it is told where.
        var packages = Path.GetDirectoryName(ModulePackages.SamplePath("parkir-retribusi-1.0.0"))!;
        var settings = new Dictionary<string, string?> { ["Marketplace:Demo:Enabled"] = "true", ["Marketplace:DataPath"] = _folder, ["Plugins:SamplePackagesPath"] = packages };
        await using (var first = await MarketplaceHost.StartAsync(settings, "Development"))
        {
            var installed = await first.QueryAsync(db => db.Set<PluginPackage>().AsNoTracking().OrderBy(p => p.ModuleId).ToListAsync());
            Assert.Equal(["parkir-retribusi", "pengaduan-warga"], installed.Select(p => p.ModuleId));
            Assert.All(installed, p => Assert.Equal(p.Sha256, p.ApprovedSha256));
            var enabled = await first.QueryAsync(db => db.Set<RegionModule>().AsNoTracking().Where(m => m.Enabled).Select(m => m.RegionCode).ToListAsync());
            Assert.Equal(["16.71", "16.71"], enabled);

            var palembang = first.CreateClient();
            var password = await File.ReadAllTextAsync(Path.Combine(_folder, "demo-password.txt"));
            using var login = await AccountFlows.LoginAsync(palembang, "diskominfo@palembang.go.id", password.Trim());
            using var parking = await palembang.GetAsync("/apps/e-parkir-palembang/jalankan/");
            Assert.Equal(HttpStatusCode.OK, parking.StatusCode);
            Assert.Contains("Terbitkan karcis", await parking.Content.ReadAsStringAsync(), StringComparison.Ordinal);
            first.AssertNoUnexpectedProblems();
        }

        await using var again = await MarketplaceHost.StartAsync(settings, "Development");
        Assert.Equal(2, await again.QueryAsync(db => db.Set<PluginPackage>().CountAsync()));
        again.AssertNoUnexpectedProblems();
    }
}
