using System.Net;
using System.Text;
using Marketplace.Testing.Modules;
using Marketplace.Web.Features.Accounts;
using Marketplace.Web.Features.Plugins;
using Microsoft.Extensions.DependencyInjection;

namespace Marketplace.IntegrationTests.Plugins;

/// <summary>
/// Every bad package of the issue, through the real upload, review and run paths: each is refused or contained with its
/// Indonesian message, and the host keeps serving pages and a healthy module beside it.
/// </summary>
public sealed class BadPackagesTests(ModuleHostFixture fixture) : IClassFixture<ModuleHostFixture>
{
    private readonly ModuleFlows _flows = new(fixture.Host);

    public static TheoryData<string, string> StructuralAttacks() => new()
    {
        { "zip-slip", "keluar dari folder paket" },
        { "absolut", "path absolut atau huruf drive" },
        { "tautan", "tautan simbolik" },
        { "bom-zip", "terlihat seperti bom zip" },
        { "terlalu-banyak", "entri; batasnya 50" },
        { "tanpa-manifest", "tidak memuat module.json" },
        { "manifest-rusak", "module.json bukan JSON yang sah" },
        { "api-host", "Modul meminta API host >=2.0.0 <3.0.0, sedangkan host ini menyediakan 1.0.0." },
        { "izin-asing", "Izin \"database\" tidak dikenal" },
        { "jenis-berkas", "Jenis berkas jalankan.sh tidak diizinkan" },
    };

    [Theory]
    [MemberData(nameof(StructuralAttacks))]
    public async Task A_bad_package_is_refused_at_upload_with_its_message(string attack, string message)
    {
        var owner = await _flows.SignedInAsync(Roles.AdminWilayah, ModuleFlows.OwnerRegion);
        var slug = await ModuleFlows.AppAsync(owner, "1.0.0");

        var (status, html) = await ModuleFlows.UploadAsync(owner, slug, "1.0.0", Package(attack));

        Assert.Equal(HttpStatusCode.BadRequest, status);
        Assert.Contains("Paket ditolak:", html, StringComparison.Ordinal);
        Assert.Contains(message, html, StringComparison.Ordinal);
        Assert.Contains("Belum ada paket", html, StringComparison.Ordinal);
        Assert.DoesNotContain(Directory.EnumerateFiles(fixture.Host.DataPath, "*", SearchOption.AllDirectories), f => f.Contains("evil", StringComparison.Ordinal));
    }

    public static TheoryData<string, string, HttpStatusCode, string> RuntimeFaults() => new()
    {
        { "tanpa-dependensi", "DependentModule", HttpStatusCode.ServiceUnavailable, "membutuhkan rakitan Marketplace.TestModules.Dependency yang tidak ada dalam paket" },
        { "ctor-galat", "ThrowingConstructorModule", HttpStatusCode.ServiceUnavailable, "konstruktornya melempar galat (InvalidOperationException: Konfigurasi modul rusak)" },
        { "macet", "HangingModule", HttpStatusCode.GatewayTimeout, "terlalu lama menjawab (modul tidak menjawab dalam 3 detik)" },
        { "galat-terus", "ThrowingModule", HttpStatusCode.InternalServerError, "Terjadi galat di dalam modul" },
    };

    [Theory]
    [MemberData(nameof(RuntimeFaults))]
    public async Task A_module_that_fails_at_run_time_gets_a_themed_error_page_and_the_host_runs_on(string id, string entryType, HttpStatusCode expected, string message)
    {
        var (owner, curator, admin, user) = await PeopleAsync();
        var healthy = await HealthyModuleAsync(owner, curator, admin, "sehat-" + id);
        var slug = await ModuleFlows.AppAsync(owner, "1.0.0");
        await _flows.InstallAsync(owner, curator, admin, slug, "1.0.0",
            ModulePackages.TestModule("uji-" + id, entryType, withDependency: entryType != "DependentModule"));

        var (status, html) = await ModuleFlows.RunAsync(user, slug);

        Assert.Equal(expected, status);
        Assert.Contains("Modul tidak dapat menjawab", html, StringComparison.Ordinal);
        Assert.Contains(message, html, StringComparison.Ordinal);
        Assert.Contains("<nav", html, StringComparison.Ordinal); // the theme's page, not a bare error
        await AssertHostServesAsync(user, healthy);
    }

    [Fact]
    public async Task A_module_that_throws_on_every_request_is_faulted_and_the_admin_sees_why()
    {
        var (owner, curator, admin, user) = await PeopleAsync();
        var slug = await ModuleFlows.AppAsync(owner, "1.0.0");
        await _flows.InstallAsync(owner, curator, admin, slug, "1.0.0", ModulePackages.TestModule("uji-gagal-berulang", "ThrowingModule"));

        Assert.Equal(HttpStatusCode.InternalServerError, (await ModuleFlows.RunAsync(user, slug)).Status);
        Assert.Equal(HttpStatusCode.InternalServerError, (await ModuleFlows.RunAsync(user, slug)).Status);
        var (status, html) = await ModuleFlows.RunAsync(user, slug);

        Assert.Equal(HttpStatusCode.ServiceUnavailable, status);
        Assert.Contains("Modul gagal 2 kali dalam 1 menit dan dihentikan", html, StringComparison.Ordinal);
        var adminPage = WebUtility.HtmlDecode(await curator.GetStringAsync("/admin/modul"));
        Assert.Contains("Dihentikan karena galat", adminPage, StringComparison.Ordinal);
        Assert.Contains("Galat di setiap permintaan", adminPage, StringComparison.Ordinal);
        var runtime = fixture.Host.Services.GetRequiredService<ModuleRuntime>();
        Assert.Contains(runtime.RecentUnloads, u => u.ModuleId == "uji-gagal-berulang");

        // An administrator reloads it: the state is forgotten and the next call loads the module again.
        var package = await _flows.PackageAsync(slug, "1.0.0");
        using var reloaded = await Support.Forms.SubmitAsync(curator, "/admin/modul", "/admin/modul?handler=Reload", ("id", package.Id.ToString(System.Globalization.CultureInfo.InvariantCulture)));
        Assert.Equal(ModuleState.NotLoaded, runtime.StateOf(package.Id));
        Assert.Equal(HttpStatusCode.InternalServerError, (await ModuleFlows.RunAsync(user, slug)).Status);
    }

    [Fact]
    public async Task A_package_changed_after_approval_is_not_loaded()
    {
        var (owner, curator, admin, user) = await PeopleAsync();
        var healthy = await HealthyModuleAsync(owner, curator, admin, "sehat-hash");
        var slug = await ModuleFlows.AppAsync(owner, "1.0.0");
        var package = await _flows.InstallAsync(owner, curator, admin, slug, "1.0.0", ModulePackages.TestModule("uji-diubah", "HealthyModule"));

        // Someone with access to the server swaps the approved file for another module.
        var stored = Path.Combine(fixture.Host.DataPath, "plugins", "packages", package.Sha256 + ".zip");
        await File.WriteAllBytesAsync(stored, ModulePackages.TestModule("uji-diubah", "ThrowingModule"));
        var (status, html) = await ModuleFlows.RunAsync(user, slug);

        Assert.Equal(HttpStatusCode.ServiceUnavailable, status);
        Assert.Contains("Paket berubah sejak disetujui", html, StringComparison.Ordinal);
        await AssertHostServesAsync(user, healthy);
    }

    [Fact]
    public async Task Only_a_Kurator_approves_and_a_rejection_needs_a_reason()
    {
        var (owner, curator, _, _) = await PeopleAsync();
        var slug = await ModuleFlows.AppAsync(owner, "1.0.0");
        Assert.Equal(HttpStatusCode.Redirect, (await ModuleFlows.UploadAsync(owner, slug, "1.0.0", ModulePackages.TestModule("uji-tolak", "HealthyModule"))).Status);
        var package = await _flows.PackageAsync(slug, "1.0.0");

        using var asOwner = await owner.GetAsync("/admin/modul");
        Assert.Equal(HttpStatusCode.Redirect, asOwner.StatusCode);
        Assert.Contains("ReturnUrl=%2Fadmin%2Fmodul", asOwner.Headers.Location!.OriginalString, StringComparison.Ordinal);
        using var noReason = await Support.Forms.SubmitAsync(curator, "/admin/modul", "/admin/modul?handler=Reject", ("id", package.Id.ToString(System.Globalization.CultureInfo.InvariantCulture)), ("reason", ""));
        Assert.Contains("Tulis alasan penolakan", WebUtility.HtmlDecode(await curator.GetStringAsync("/admin/modul")), StringComparison.Ordinal);
        using var rejected = await Support.Forms.SubmitAsync(curator, "/admin/modul", "/admin/modul?handler=Reject", ("id", package.Id.ToString(System.Globalization.CultureInfo.InvariantCulture)), ("reason", "Modul meminta penyimpanan tanpa alasan."));
        Assert.Contains("Modul meminta penyimpanan tanpa alasan.", WebUtility.HtmlDecode(await owner.GetStringAsync($"/katalog/{slug}/modul")), StringComparison.Ordinal);
    }

    private async Task<(HttpClient Owner, HttpClient Curator, HttpClient Admin, HttpClient User)> PeopleAsync() =>
        (await _flows.SignedInAsync(Roles.AdminWilayah, ModuleFlows.OwnerRegion), await _flows.CuratorAsync(),
            await _flows.SignedInAsync(Roles.AdminWilayah, ModuleFlows.UserRegion), await _flows.SignedInAsync(Roles.Anggota, ModuleFlows.UserRegion));

    private async Task<string> HealthyModuleAsync(HttpClient owner, HttpClient curator, HttpClient admin, string id)
    {
        var slug = await ModuleFlows.AppAsync(owner, "1.0.0");
        await _flows.InstallAsync(owner, curator, admin, slug, "1.0.0", ModulePackages.TestModule(id, "HealthyModule"));
        return slug;
    }

    private static async Task AssertHostServesAsync(HttpClient user, string healthySlug)
    {
        Assert.Equal(HttpStatusCode.OK, (await user.GetAsync("/katalog")).StatusCode);
        var (status, html) = await ModuleFlows.RunAsync(user, healthySlug, "apa-kabar");
        Assert.Equal(HttpStatusCode.OK, status);
        Assert.Contains("Baik: apa-kabar", html, StringComparison.Ordinal);
    }

    private static byte[] Package(string attack)
    {
        var entries = ModulePackages.Minimal();
        switch (attack)
        {
            case "zip-slip":
                entries["../../evil.dll"] = [1];
                break;
            case "absolut":
                entries["/tmp/evil.dll"] = [1];
                break;
            case "tautan":
                return ModulePackages.Zip(new Dictionary<string, byte[]>(entries) { ["evil.txt"] = "/etc/passwd"u8.ToArray() }, links: ["evil.txt"]);
            case "bom-zip":
                entries["nol.txt"] = new byte[8 * 1024 * 1024];
                break;
            case "terlalu-banyak":
                for (var i = 0; i < 60; i++)
                {
                    entries[$"catatan{i}.txt"] = [1];
                }

                break;
            case "tanpa-manifest":
                entries.Remove("module.json");
                break;
            case "manifest-rusak":
                entries["module.json"] = "{ \"id\": \"modul-uji\", "u8.ToArray();
                break;
            case "api-host":
                entries["module.json"] = Encoding.UTF8.GetBytes(ModulePackages.Manifest("modul-uji", "1.0.0", "Modul.Uji.dll", hostApi: ">=2.0.0 <3.0.0"));
                break;
            case "izin-asing":
                entries["module.json"] = Encoding.UTF8.GetBytes(ModulePackages.Manifest("modul-uji", "1.0.0", "Modul.Uji.dll", permissions: "\"storage\", \"database\""));
                break;
            case "jenis-berkas":
                entries["jalankan.sh"] = "rm -rf /"u8.ToArray();
                break;
        }

        return ModulePackages.Zip(entries);
    }
}
