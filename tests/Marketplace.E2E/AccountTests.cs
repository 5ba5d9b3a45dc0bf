using Marketplace.E2E.Support;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace Marketplace.E2E;

/// <summary>The account journeys of a civil servant in a real browser, with axe on every page they pass.</summary>
public sealed class AccountTests(SiteFixture site) : BrowserTest(site)
{
    private const string SingkawangAdmin = "diskominfo@singkawangkota.go.id";
    private const string NewPassword = "pempek kapal selam 2026";

    [Fact]
    public async Task A_Singkawang_officer_registers_confirms_from_the_mail_is_approved_by_the_region_admin_and_signs_in()
    {
        var email = $"uji.{Guid.NewGuid().ToString("N")[..8]}@singkawangkota.go.id";
        await Page.OpenAsync("/akun/daftar");
        await Page.AssertAccessibleAsync();
        await Page.GetByLabel("Nama lengkap").FillAsync("Andi Pratama");
        await Page.GetByLabel("Alamat email").FillAsync(email);
        await Page.GetByLabel("Instansi / wilayah").SelectOptionAsync("61.72");
        await Page.GetByLabel("Jabatan (opsional)").FillAsync("Pranata Komputer");
        await Page.GetByLabel("Kata sandi", new() { Exact = true }).FillAsync(NewPassword);
        await Page.GetByLabel("Ulangi kata sandi").FillAsync(NewPassword);
        await Page.GetByRole(AriaRole.Button, new() { Name = "Daftar" }).ClickAndWaitForNavigationAsync(Page);

        await Expect(Page.Locator("h1")).ToHaveTextAsync("Periksa email Anda");
        await Page.AssertAccessibleAsync();

        await Page.OpenAsync(await WaitForMailLinkAsync(email, "/akun/konfirmasi"));
        await Expect(Page.GetByRole(AriaRole.Status)).ToContainTextAsync("sudah dikonfirmasi");
        await Page.AssertAccessibleAsync();

        await LoginAsync(Page, email, NewPassword);
        await Expect(Page.GetByRole(AriaRole.Alert)).ToContainTextAsync("menunggu persetujuan");
        await Page.AssertAccessibleAsync();

        var admin = await (await NewContextAsync(new() { Locale = "id-ID" })).NewPageAsync();
        await LoginAsync(admin, SingkawangAdmin, await DemoPasswordAsync(admin));
        await admin.GetByRole(AriaRole.Link, new() { Name = "Persetujuan anggota" }).ClickAndWaitForNavigationAsync(admin);
        await admin.AssertAccessibleAsync();
        await admin.GetByRole(AriaRole.Button, new() { Name = "Setujui Andi Pratama" }).ClickAndWaitForNavigationAsync(admin);
        await Expect(admin.GetByRole(AriaRole.Status)).ToContainTextAsync("Anggota sudah disetujui");
        await admin.AssertAccessibleAsync();

        await LoginAsync(Page, email, NewPassword);
        await Expect(Page.Locator("h1")).ToHaveTextAsync("Satu aplikasi, dipakai bersama oleh banyak daerah");
        await Page.GetByRole(AriaRole.Link, new() { Name = email }).ClickAndWaitForNavigationAsync(Page);
        await Expect(Page.Locator("main")).ToContainTextAsync("Kota Singkawang");
        await Page.AssertAccessibleAsync();
    }

    [Fact]
    public async Task Registration_refuses_a_non_government_address_in_Indonesian_and_keeps_what_was_typed()
    {
        await Page.OpenAsync("/akun/daftar");
        await Page.GetByLabel("Nama lengkap").FillAsync("Budi Santoso");
        await Page.GetByLabel("Alamat email").FillAsync("budi@gmail.com");
        await Page.GetByLabel("Instansi / wilayah").SelectOptionAsync("33.74");
        await Page.GetByLabel("Kata sandi", new() { Exact = true }).FillAsync(NewPassword);
        await Page.GetByLabel("Ulangi kata sandi").FillAsync(NewPassword);
        await Page.GetByRole(AriaRole.Button, new() { Name = "Daftar" }).ClickAndWaitForNavigationAsync(Page);

        await Expect(Page.Locator("#Input_Email-error")).ToHaveTextAsync("Pendaftaran hanya untuk email dinas dengan domain go.id.");
        await Expect(Page.GetByLabel("Alamat email")).ToHaveAttributeAsync("aria-invalid", "true");
        await Expect(Page.GetByLabel("Nama lengkap")).ToHaveValueAsync("Budi Santoso");
        await Expect(Page.GetByLabel("Instansi / wilayah")).ToHaveValueAsync("33.74");
        await Page.AssertAccessibleAsync();
    }

    [Fact]
    public async Task A_member_signs_in_without_two_factor_and_signs_out()
    {
        await LoginAsync(Page, "dewi.lestari@semarangkota.go.id", await DemoPasswordAsync(Page));

        await Expect(Page.GetByRole(AriaRole.Link, new() { Name = "dewi.lestari@semarangkota.go.id" })).ToBeVisibleAsync();
        await Page.AssertAccessibleAsync();
        await Page.GetByRole(AriaRole.Button, new() { Name = "Keluar" }).ClickAndWaitForNavigationAsync(Page);
        await Expect(Page.GetByRole(AriaRole.Link, new() { Name = "Masuk" })).ToBeVisibleAsync();
    }

    [Fact]
    public async Task The_curator_sets_up_an_authenticator_on_first_sign_in_and_then_needs_a_code()
    {
        var password = await DemoPasswordAsync(Page);
        await LoginAsync(Page, "kurator@kominfo.go.id", password);
        await Page.OpenAsync("/wilayah");

        Assert.EndsWith("/akun/keamanan/autentikator", Page.Url, StringComparison.Ordinal);
        await Expect(Page.GetByRole(AriaRole.Img, new() { Name = "Kode QR untuk aplikasi autentikator" })).ToBeVisibleAsync();
        await Page.AssertAccessibleAsync();
        var key = (await Page.Locator("#kunci-autentikator").TextContentAsync())!;
        await Page.GetByLabel("Kode autentikator").FillAsync("000000");
        await Page.GetByRole(AriaRole.Button, new() { Name = "Verifikasi dan aktifkan" }).ClickAndWaitForNavigationAsync(Page);
        await Expect(Page.Locator("#Code-error")).ToHaveTextAsync("Kode tidak valid. Periksa jam perangkat Anda dan coba lagi.");
        await Page.GetByLabel("Kode autentikator").FillAsync(TotpCode(key));
        await Page.GetByRole(AriaRole.Button, new() { Name = "Verifikasi dan aktifkan" }).ClickAndWaitForNavigationAsync(Page);

        await Expect(Page.Locator("ul.codes li")).ToHaveCountAsync(10);
        await Page.AssertAccessibleAsync();
        await Page.GetByRole(AriaRole.Button, new() { Name = "Keluar" }).ClickAndWaitForNavigationAsync(Page);

        await LoginAsync(Page, "kurator@kominfo.go.id", password);
        await Expect(Page.Locator("h1")).ToHaveTextAsync("Verifikasi dua langkah");
        await Page.AssertAccessibleAsync();
        await Page.GetByLabel("Kode autentikator").FillAsync(TotpCode(key));
        await Page.GetByRole(AriaRole.Button, new() { Name = "Verifikasi" }).ClickAndWaitForNavigationAsync(Page);
        await Page.OpenAsync("/wilayah");
        Assert.EndsWith("/wilayah", Page.Url, StringComparison.Ordinal);
        await Expect(Page.GetByRole(AriaRole.Link, new() { Name = "Persetujuan anggota" })).ToHaveCountAsync(0);
    }

    [Fact]
    public async Task The_administrator_finds_a_region_admin_and_sees_the_roles_form()
    {
        await LoginAsync(Page, "admin@kominfo.go.id", await DemoPasswordAsync(Page));
        var key = (await Page.Locator("#kunci-autentikator").TextContentAsync())!;
        await Page.GetByLabel("Kode autentikator").FillAsync(TotpCode(key));
        await Page.GetByRole(AriaRole.Button, new() { Name = "Verifikasi dan aktifkan" }).ClickAndWaitForNavigationAsync(Page);

        await Page.GetByRole(AriaRole.Link, new() { Name = "Pengguna" }).ClickAndWaitForNavigationAsync(Page);
        await Page.GetByLabel("Kode wilayah (misalnya 61.72)").FillAsync("61.72");
        await Page.GetByRole(AriaRole.Button, new() { Name = "Cari" }).ClickAndWaitForNavigationAsync(Page);
        await Page.AssertAccessibleAsync();
        await Page.GetByRole(AriaRole.Link, new() { Name = "Hendra Wijaya" }).ClickAndWaitForNavigationAsync(Page);

        await Expect(Page.GetByLabel("Admin Wilayah (Diskominfo)")).ToBeCheckedAsync();
        await Expect(Page.GetByLabel("Administrator")).Not.ToBeCheckedAsync();
        await Page.AssertAccessibleAsync();
    }

    [Fact]
    public async Task The_login_page_in_English_lists_the_demo_accounts_and_passes_axe()
    {
        var page = await (await NewContextAsync(new() { Locale = "en-US" })).NewPageAsync();

        await page.OpenAsync("/akun/masuk");

        await Expect(page.Locator("h1")).ToHaveTextAsync("Sign in");
        await Expect(page.GetByRole(AriaRole.Table)).ToContainTextAsync("kurator@kominfo.go.id");
        await page.AssertAccessibleAsync();
    }
}
