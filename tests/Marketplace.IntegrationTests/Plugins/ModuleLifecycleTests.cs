using System.Net;
using Marketplace.IntegrationTests.Support;
using Marketplace.Testing.Modules;
using Marketplace.Web.Data;
using Marketplace.Web.Features.Accounts;
using Marketplace.Web.Features.Plugins;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Marketplace.IntegrationTests.Plugins;

/// <summary>The parking sample's whole life in one running host: enabled, used, upgraded, disabled, uninstalled; no restart.</summary>
public abstract class ModuleLifecycleContract(ModuleHostFixture fixture)
{
    private readonly ModuleFlows _flows = new(fixture.Host);

    [Fact]
    public async Task A_region_enables_uses_upgrades_and_removes_the_parking_module_without_restart()
    {
        var owner = await _flows.SignedInAsync(Roles.AdminWilayah, ModuleFlows.OwnerRegion);
        var curator = await _flows.CuratorAsync();
        var admin = await _flows.SignedInAsync(Roles.AdminWilayah, ModuleFlows.UserRegion);
        var slug = await ModuleFlows.AppAsync(owner, "1.0.0", "1.1.0");
        var first = await _flows.InstallAsync(owner, curator, admin, slug, "1.0.0", ModulePackages.Sample("parkir-retribusi-1.0.0"));

        // Used: a ticket through the module's own form (antiforgery included), then its page.
        var home = await ModuleFlows.RunAsync(admin, slug);
        Assert.Equal(HttpStatusCode.OK, home.Status);
        Assert.Contains("Terbitkan karcis", home.Html, StringComparison.Ordinal);
        using var issued = await Forms.SubmitAsync(admin, $"/apps/{slug}/jalankan/", $"/apps/{slug}/jalankan/karcis",
            ("jenis", "Mobil"), ("nopol", "BG 1234 AB"), ("lokasi", "Pasar 16 Ilir"));
        Assert.Equal(HttpStatusCode.SeeOther, issued.StatusCode);
        var ticket = issued.Headers.Location!.OriginalString;
        Assert.StartsWith($"/apps/{slug}/jalankan/karcis/", ticket, StringComparison.Ordinal);
        Assert.Contains("Rp 5.000", await admin.GetStringAsync(ticket), StringComparison.Ordinal);
        Assert.Contains("1 karcis, Rp 5.000", WebUtility.HtmlDecode(await admin.GetStringAsync("/modul")), StringComparison.Ordinal);

        // Another region sees nothing of it, and cannot run it before enabling.
        var stranger = await _flows.SignedInAsync(Roles.Anggota, "33.74");
        Assert.Equal(HttpStatusCode.NotFound, (await ModuleFlows.RunAsync(stranger, slug)).Status);

        // Upgraded: a new release's package is approved, the region moves to it, the old context goes.
        Assert.Equal(HttpStatusCode.Redirect, (await ModuleFlows.UploadAsync(owner, slug, "1.1.0",
            ModulePackages.SampleWithManifest("parkir-retribusi-1.0.0", m => m.Replace("\"version\": \"1.0.0\"", "\"version\": \"1.1.0\"", StringComparison.Ordinal)))).Status);
        var second = await _flows.PackageAsync(slug, "1.1.0");
        await ModuleFlows.ApproveAsync(curator, second.Id);
        Assert.Contains("Perbarui Retribusi Parkir ke 1.1.0", WebUtility.HtmlDecode(await admin.GetStringAsync("/modul")), StringComparison.Ordinal);
        using (var upgraded = await ModuleFlows.RegionActionAsync(admin, "Enable", first.AppId))
        {
            Assert.Equal(HttpStatusCode.Redirect, upgraded.StatusCode);
        }

        var runtime = fixture.Host.Services.GetRequiredService<ModuleRuntime>();
        var old = Assert.Single(runtime.RecentUnloads, u => u.PackageId == first.Id);
        Assert.True(ModuleFlows.Collected(old.Context), "The 1.0.0 load context is still alive after the upgrade.");
        Assert.Contains("BG 1234 AB", await admin.GetStringAsync(ticket), StringComparison.Ordinal); // the region's data stays
        Assert.Equal(ModuleState.Running, runtime.StateOf(second.Id));
        Assert.Contains("Sudah dibersihkan", WebUtility.HtmlDecode(await curator.GetStringAsync("/admin/modul")), StringComparison.Ordinal);

        // Disabled: the run route says so; the new context is unloaded and collected too.
        using (var disabled = await ModuleFlows.RegionActionAsync(admin, "Disable", first.AppId))
        {
            Assert.Equal(HttpStatusCode.Redirect, disabled.StatusCode);
        }

        var (status, html) = await ModuleFlows.RunAsync(admin, slug);
        Assert.Equal(HttpStatusCode.NotFound, status);
        Assert.Contains("belum diaktifkan untuk wilayah Anda", html, StringComparison.Ordinal);
        Assert.True(ModuleFlows.Collected(Assert.Single(runtime.RecentUnloads, u => u.PackageId == second.Id).Context));

        // Uninstalled: the region's data goes with it.
        using (var removed = await ModuleFlows.RegionActionAsync(admin, "Uninstall", first.AppId))
        {
            Assert.Equal(HttpStatusCode.Redirect, removed.StatusCode);
        }

        await using var scope = fixture.Host.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<MarketplaceDbContext>();
        Assert.False(await db.Set<ModuleRecord>().AnyAsync(r => r.ModuleId == "parkir-retribusi" && r.RegionCode == ModuleFlows.UserRegion));
        Assert.DoesNotContain(fixture.Host.Problems, p => p.Category != ModuleHostFixture.RuntimeCategory);
    }

    [Fact]
    public async Task The_complaints_module_reads_its_settings_and_a_citizen_tracks_a_complaint()
    {
        var owner = await _flows.SignedInAsync(Roles.AdminWilayah, ModuleFlows.OwnerRegion);
        var curator = await _flows.CuratorAsync();
        var admin = await _flows.SignedInAsync(Roles.AdminWilayah, ModuleFlows.UserRegion);
        var citizen = await _flows.SignedInAsync(Roles.Anggota, ModuleFlows.UserRegion);
        var slug = await ModuleFlows.AppAsync(owner, "2.1.0");
        var package = await _flows.InstallAsync(owner, curator, admin, slug, "2.1.0", ModulePackages.Sample("pengaduan-warga-2.1.0"));

        Assert.Contains("paling lambat 3 hari kerja", (await ModuleFlows.RunAsync(citizen, slug)).Html, StringComparison.Ordinal);
        using var sent = await Forms.SubmitAsync(citizen, $"/apps/{slug}/jalankan/", $"/apps/{slug}/jalankan/kirim",
            ("kategori", "Kebersihan"), ("judul", "Sampah menumpuk"), ("isi", "Sampah di depan pasar belum diangkut selama seminggu."));
        Assert.True(sent.StatusCode == HttpStatusCode.SeeOther, $"{sent.StatusCode}: {string.Join("\n", fixture.Host.Problems)}");
        var tracked = WebUtility.HtmlDecode(await citizen.GetStringAsync(sent.Headers.Location!.OriginalString));
        Assert.Contains("Sampah menumpuk", tracked, StringComparison.Ordinal);
        Assert.Contains("Diterima", tracked, StringComparison.Ordinal);
        Assert.Contains("1 pengaduan menunggu jawaban", WebUtility.HtmlDecode(await admin.GetStringAsync("/modul")), StringComparison.Ordinal);

        using (var disabled = await ModuleFlows.RegionActionAsync(admin, "Disable", package.AppId))
        {
            Assert.Equal(HttpStatusCode.Redirect, disabled.StatusCode);
        }

        var runtime = fixture.Host.Services.GetRequiredService<ModuleRuntime>();
        Assert.True(ModuleFlows.Collected(Assert.Single(runtime.RecentUnloads, u => u.PackageId == package.Id).Context), "The complaints context is still alive.");
    }
}

public sealed class SqliteModuleLifecycleTests(ModuleHostFixture fixture) : ModuleLifecycleContract(fixture), IClassFixture<ModuleHostFixture>;

public sealed class PostgresModuleLifecycleTests(PostgresModuleHostFixture fixture) : ModuleLifecycleContract(fixture), IClassFixture<PostgresModuleHostFixture>;
