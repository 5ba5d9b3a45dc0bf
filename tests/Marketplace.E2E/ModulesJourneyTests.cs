using Marketplace.E2E.Support;
using Marketplace.Testing;
using Marketplace.Testing.Modules;
using Marketplace.Web.Features.Accounts;
using Marketplace.Web.Features.Plugins;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace Marketplace.E2E;

/// <summary>
/// The module journey in the browser: Semarang enables Palembang's parking module and issues a ticket; Palembang
/// attaches a new release's package, a Kurator approves it, both regions upgrade without a restart and the old load
/// context is collected; bad packages are refused with their messages. Every page passes axe.
/// </summary>
public sealed class ModulesJourneyTests(SiteFixture site) : BrowserTest(site)
{
    private const string Parking = "e-parkir-palembang";

    [Fact]
    public async Task A_region_enables_uses_and_upgrades_the_parking_module_and_bad_packages_are_refused()
    {
        // A refused package answers 400 with the page and its messages; the browser logs the status.
        ExpectBrowserError(e => e.Contains("/modul", StringComparison.Ordinal) && e.Contains("status of 400", StringComparison.Ordinal));
        var password = await DemoPasswordAsync(Page);

        // Semarang enables the module Palembang shares, and uses it.
        var semarang = Page;
        await LoginAsync(semarang, "diskominfo@semarangkota.go.id", password);
        await semarang.OpenAsync("/modul");
        await semarang.AssertAccessibleAsync();
        await semarang.GetByRole(AriaRole.Button, new() { Name = "Aktifkan Retribusi Parkir" }).ClickAndWaitForNavigationAsync(semarang);
        await Expect(semarang.GetByRole(AriaRole.Status)).ToHaveTextAsync("Retribusi Parkir 1.0.0 aktif untuk wilayah Anda.");
        await semarang.GetByRole(AriaRole.Link, new() { Name = "Retribusi Parkir", Exact = true }).ClickAndWaitForNavigationAsync(semarang);
        await Expect(semarang.Locator("h1")).ToHaveTextAsync("Retribusi Parkir");
        await semarang.AssertAccessibleAsync();
        await semarang.GetByLabel("Mobil (Rp 5.000)").CheckAsync();
        await semarang.GetByLabel("Nomor polisi").FillAsync("H 1234 AB");
        await semarang.GetByLabel("Titik parkir").FillAsync("Simpang Lima");
        await semarang.GetByRole(AriaRole.Button, new() { Name = "Terbitkan karcis" }).ClickAndWaitForNavigationAsync(semarang);
        await Expect(semarang.Locator("main dl")).ToContainTextAsync("Rp 5.000");
        var ticket = semarang.Url;
        await semarang.AssertAccessibleAsync();

        // Palembang, the owner, attaches the package of a new release.
        var palembang = await (await NewContextAsync(new() { Locale = "id-ID" })).NewPageAsync();
        await LoginAsync(palembang, "diskominfo@palembang.go.id", password);
        await palembang.OpenAsync($"/katalog/{Parking}/rilis");
        await palembang.GetByLabel("Versi").FillAsync("1.1.0");
        await palembang.GetByLabel("Catatan rilis").FillAsync("Rekap harian per titik parkir.");
        await palembang.GetByRole(AriaRole.Button, new() { Name = "Tambah rilis" }).ClickAndWaitForNavigationAsync(palembang);
        await palembang.OpenAsync($"/katalog/{Parking}/modul");
        await palembang.AssertAccessibleAsync();
        await UploadAsync(palembang, "1.1.0", ModulePackages.SampleWithManifest("parkir-retribusi-1.0.0",
            m => m.Replace("\"version\": \"1.0.0\"", "\"version\": \"1.1.0\"", StringComparison.Ordinal)));
        await Expect(palembang.GetByRole(AriaRole.Status)).ToContainTextAsync("menunggu pemeriksaan Kurator");

        // Bad packages are refused, each with its message.
        foreach (var (zip, message) in BadPackages())
        {
            await UploadAsync(palembang, "0.5.0", zip);
            await Expect(palembang.Locator("#masalah-paket")).ToContainTextAsync(message);
        }

        await palembang.AssertAccessibleAsync();

        // A Kurator approves the new version.
        var kurator = await (await NewContextAsync(new() { Locale = "id-ID" })).NewPageAsync();
        var curator = await TestAccounts.CreateAsync(Host, Roles.Kurator, "00.01", TestAccounts.NewEmail("kominfo.go.id"));
        await LoginAsync(kurator, curator.Email!, TestAccounts.Password, await TestAccounts.EnableTwoFactorAsync(Host, curator.Email!));
        await kurator.OpenAsync("/admin/modul");
        await kurator.AssertAccessibleAsync();
        await kurator.GetByRole(AriaRole.Button, new() { Name = "Setujui parkir-retribusi 1.1.0" }).ClickAndWaitForNavigationAsync(kurator);
        await Expect(kurator.GetByRole(AriaRole.Status)).ToContainTextAsync("hash SHA-256-nya dipatok");

        // Both regions upgrade, without a restart; the tickets stay.
        foreach (var page in new[] { semarang, palembang })
        {
            await page.OpenAsync("/modul");
            await page.GetByRole(AriaRole.Button, new() { Name = "Perbarui Retribusi Parkir ke 1.1.0" }).ClickAndWaitForNavigationAsync(page);
            await Expect(page.GetByRole(AriaRole.Status)).ToHaveTextAsync("Retribusi Parkir 1.1.0 aktif untuk wilayah Anda.");
        }

        await semarang.OpenAsync(ticket);
        await Expect(semarang.Locator("main dl")).ToContainTextAsync("H 1234 AB");

        // The 1.0.0 context, which no region runs any more, is collected.
        var runtime = Host.Services.GetRequiredService<ModuleRuntime>();
        var old = Assert.Single(runtime.RecentUnloads, u => u.ModuleId == "parkir-retribusi" && u.Version == "1.0.0");
        for (var i = 0; i < 20 && old.Context.IsAlive; i++)
        {
            GC.Collect();
            GC.WaitForPendingFinalizers();
        }

        Assert.False(old.Context.IsAlive, "The parking module 1.0.0 load context is still alive after the upgrade.");
        await kurator.OpenAsync("/admin/modul");
        await Expect(kurator.Locator("main")).ToContainTextAsync("Sudah dibersihkan");
        await kurator.AssertAccessibleAsync();
    }

    private static async Task UploadAsync(IPage page, string release, byte[] zip)
    {
        await page.GetByLabel("Rilis").SelectOptionAsync(release);
        await page.GetByLabel("Berkas paket (.zip)").SetInputFilesAsync(new FilePayload { Name = "modul.zip", MimeType = "application/zip", Buffer = zip });
        await page.GetByRole(AriaRole.Button, new() { Name = "Unggah paket" }).ClickAndWaitForNavigationAsync(page);
    }

    private static IEnumerable<(byte[] Zip, string Message)> BadPackages()
    {
        Dictionary<string, byte[]> Minimal() => ModulePackages.Minimal("parkir-retribusi", "0.5.0");
        byte[] With(string name, byte[] content)
        {
            var entries = Minimal();
            entries[name] = content;
            return ModulePackages.Zip(entries);
        }

        yield return (With("../../evil.dll", [1]), "keluar dari folder paket");
        yield return (With("/tmp/evil.dll", [1]), "path absolut atau huruf drive");
        yield return (ModulePackages.Zip(new Dictionary<string, byte[]>(Minimal()) { ["evil.txt"] = "/etc/passwd"u8.ToArray() }, links: ["evil.txt"]), "tautan simbolik");
        yield return (With("nol.txt", new byte[8 * 1024 * 1024]), "terlihat seperti bom zip");
        var many = Minimal();
        for (var i = 0; i < 210; i++)
        {
            many[$"catatan{i}.txt"] = [1];
        }

        yield return (ModulePackages.Zip(many), "entri; batasnya 200");
        var none = Minimal();
        none.Remove("module.json");
        yield return (ModulePackages.Zip(none), "tidak memuat module.json");
        yield return (With("module.json", "{ \"id\": "u8.ToArray()), "module.json bukan JSON yang sah");
        yield return (With("module.json", System.Text.Encoding.UTF8.GetBytes(ModulePackages.Manifest("parkir-retribusi", "0.5.0", "Modul.Uji.dll", hostApi: ">=2.0.0"))), "Modul meminta API host >=2.0.0");
        yield return (With("module.json", System.Text.Encoding.UTF8.GetBytes(ModulePackages.Manifest("parkir-retribusi", "0.5.0", "Modul.Uji.dll", permissions: "\"database\""))), "Izin \"database\" tidak dikenal");
    }
}
