using Marketplace.E2E.Support;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace Marketplace.E2E;

/// <summary>A region publishes an application with releases through the browser, and another finds it in the catalog.</summary>
public sealed class CatalogTests(SiteFixture site) : BrowserTest(site)
{
    [Fact]
    public async Task Palembang_publishes_an_application_with_two_releases_and_a_visitor_finds_it()
    {
        var name = $"e-Parkir Palembang {Guid.NewGuid().ToString("N")[..6]}";
        await LoginAsync(Page, "diskominfo@palembang.go.id", await DemoPasswordAsync(Page));
        await Page.OpenAsync("/katalog");
        await Page.AssertAccessibleAsync();
        await Page.GetByRole(AriaRole.Link, new() { Name = "Terbitkan aplikasi" }).ClickAndWaitForNavigationAsync(Page);
        await Page.AssertAccessibleAsync();

        await Page.GetByLabel("Nama aplikasi").FillAsync(name);
        await Page.GetByLabel("Ringkasan").FillAsync("Retribusi parkir tepi jalan dengan karcis elektronik dan rekap harian.");
        await Page.GetByLabel("Deskripsi").FillAsync("## Fitur\n\n- tarif per zona\n- rekap harian per juru parkir");
        await Page.GetByLabel("Lisensi").FillAsync("GPL versi 3");
        await Page.GetByLabel("Kematangan").SelectOptionAsync("Stable");
        await Page.GetByLabel("Bahasa pemrograman").FillAsync("PHP");
        await Page.GetByLabel("RAM per server (GB)").FillAsync("8");
        await Page.GetByRole(AriaRole.Button, new() { Name = "Terbitkan", Exact = true }).ClickAndWaitForNavigationAsync(Page);

        await Expect(Page.Locator("h1")).ToHaveTextAsync("Terbitkan aplikasi");
        await Expect(Page.GetByLabel("Nama aplikasi")).ToHaveValueAsync(name);
        await Expect(Page.Locator("#Input_License-error")).ToContainTextAsync("bukan ekspresi lisensi SPDX yang valid");
        await Page.AssertAccessibleAsync();
        await Page.GetByLabel("Lisensi").FillAsync("GPL-3.0-or-later");
        await Page.GetByRole(AriaRole.Button, new() { Name = "Terbitkan", Exact = true }).ClickAndWaitForNavigationAsync(Page);

        await Expect(Page.Locator("h1")).ToHaveTextAsync(name);
        await Expect(Page.GetByRole(AriaRole.Status)).ToHaveTextAsync("Aplikasi sudah diterbitkan.");
        await Page.AssertAccessibleAsync();
        foreach (var version in new[] { "1.9.0", "1.10.0" })
        {
            await Page.GetByRole(AriaRole.Link, new() { Name = "Tambah rilis" }).ClickAndWaitForNavigationAsync(Page);
            await Page.GetByLabel("Versi").FillAsync(version);
            await Page.GetByLabel("Catatan rilis").FillAsync($"Rilis {version}");
            await Page.GetByRole(AriaRole.Button, new() { Name = "Tambah rilis" }).ClickAndWaitForNavigationAsync(Page);
        }

        await Expect(Page.Locator("table tbody th")).ToHaveTextAsync(["1.10.0", "1.9.0"]);
        await Page.AssertAccessibleAsync();

        var visitor = await (await NewContextAsync(new() { Locale = "id-ID" })).NewPageAsync();
        await visitor.OpenAsync("/katalog?region=16.71");
        await visitor.AssertAccessibleAsync();
        await visitor.GetByRole(AriaRole.Link, new() { Name = name }).ClickAndWaitForNavigationAsync(visitor);
        await Expect(visitor.Locator("main")).ToContainTextAsync("Kota Palembang");
        await Expect(visitor.GetByRole(AriaRole.Link, new() { Name = "Ubah" })).ToHaveCountAsync(0);
    }

    [Fact]
    public async Task The_demo_catalog_lists_sample_applications_whose_pages_render_Markdown_accessibly()
    {
        await Page.OpenAsync("/katalog?region=33");
        var first = Page.Locator("ul.app-list h3 a").First;
        await Expect(first).ToBeVisibleAsync();

        await first.ClickAndWaitForNavigationAsync(Page);

        await Expect(Page.Locator("main .prose").First).ToContainTextAsync("data contoh");
        await Expect(Page.Locator("main table tbody th").First).ToBeVisibleAsync();
        await Page.AssertAccessibleAsync();
    }
}
