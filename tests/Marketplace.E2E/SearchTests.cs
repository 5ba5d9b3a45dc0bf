using System.Text.Json;
using Marketplace.E2E.Support;
using Marketplace.Testing;
using Marketplace.Web.Features.Accounts;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace Marketplace.E2E;

/// <summary>
/// Search in the browser over the demo site's own content, indexed by the site: the header box, highlighted hits across
/// types and regions, a province filter that changes the counts, and "Aplikasi serupa" before a duplicate is saved.
/// </summary>
public sealed class SearchTests(SiteFixture site) : BrowserTest(site)
{
    [Fact]
    public async Task A_visitor_searches_from_the_header_filters_by_province_and_opens_a_result()
    {
        await WaitUntilIndexedAsync("parkir", "/katalog/e-parkir-palembang");
        await Page.OpenAsync("/");

        await Page.GetByRole(AriaRole.Searchbox, new() { Name = "Cari di Forum Kominfo" }).FillAsync("parkir");
        await Page.GetByRole(AriaRole.Button, new() { Name = "Telusuri" }).ClickAndWaitForNavigationAsync(Page);

        await Expect(Page).ToHaveURLAsync(new System.Text.RegularExpressions.Regex("/cari\\?q=parkir$"));
        var hits = Page.Locator("ol.search-hits > li");
        await Expect(hits.First).ToBeVisibleAsync();
        await Expect(hits.Locator("mark").First).ToBeVisibleAsync();
        await Expect(hits.Locator(".badge").Filter(new() { HasText = "Aplikasi" }).First).ToBeVisibleAsync();
        await Expect(hits.Locator(".badge").Filter(new() { HasText = "Topik forum" }).Or(hits.Locator(".badge").Filter(new() { HasText = "Pesan forum" })).First).ToBeVisibleAsync();
        await Expect(hits.Locator(".badge").Filter(new() { HasText = "Praktik baik" }).First).ToBeVisibleAsync();
        await Expect(hits.Locator(".badge").Filter(new() { HasText = "Rilis" }).First).ToBeVisibleAsync();
        await Expect(hits.GetByRole(AriaRole.Link, new() { Name = "Kota Palembang" }).First).ToBeVisibleAsync();
        await Expect(hits.GetByRole(AriaRole.Link, new() { Name = "Kota Singkawang" }).First).ToBeVisibleAsync();
        await Page.AssertAccessibleAsync();
        var totalBefore = await Page.Locator("#hasil").TextContentAsync();

        await Page.Locator("ul[aria-labelledby=saring-province]").GetByRole(AriaRole.Link, new() { Name = "Sumatera Selatan" }).ClickAndWaitForNavigationAsync(Page);

        await Expect(Page).ToHaveURLAsync(new System.Text.RegularExpressions.Regex("province=16"));
        await Expect(Page.GetByRole(AriaRole.Link, new() { Name = "Hapus saringan Provinsi: Sumatera Selatan" })).ToBeVisibleAsync();
        await Expect(Page.Locator("#hasil")).Not.ToHaveTextAsync(totalBefore!);
        await Expect(hits.GetByRole(AriaRole.Link, new() { Name = "Kota Singkawang" })).ToHaveCountAsync(0);
        await Expect(Page.Locator("ul[aria-labelledby=saring-province] a[aria-current=true]")).ToContainTextAsync("Sumatera Selatan");
        await Page.AssertAccessibleAsync();

        await hits.GetByRole(AriaRole.Link, new() { Name = "e-Parkir Palembang", Exact = true }).ClickAndWaitForNavigationAsync(Page);

        await Expect(Page.Locator("h1")).ToHaveTextAsync("e-Parkir Palembang");
    }

    [Fact]
    public async Task A_region_describing_a_parking_application_is_shown_the_existing_one_before_saving()
    {
        await WaitUntilIndexedAsync("parkir", "/katalog/e-parkir-palembang");
        var mark = Guid.NewGuid().ToString("N")[..6];
        var name = $"Parkir Elektronik Semarang {mark}";
        await LoginAsync(Page, "diskominfo@semarangkota.go.id", await DemoPasswordAsync(Page));
        await Page.OpenAsync("/katalog/terbitkan");
        await Page.AssertAccessibleAsync();

        await Page.GetByLabel("Nama aplikasi").FillAsync(name);
        await Page.GetByLabel("Ringkasan").FillAsync("Retribusi parkir tepi jalan tanpa uang tunai untuk juru parkir.");
        await Page.GetByLabel("Deskripsi").FillAsync("Juru parkir memakai ponsel Android, warga membayar dengan QRIS, setoran langsung ke kas daerah.");

        var panel = Page.Locator("section.similar-draft");
        var existing = panel.GetByRole(AriaRole.Link, new() { Name = "e-Parkir Palembang" });
        await Expect(existing).ToBeVisibleAsync();
        await Expect(panel.Locator("li").Filter(new() { HasText = "e-Parkir Palembang" })).ToContainTextAsync("Milik Kota Palembang");
        await Page.AssertAccessibleAsync();

        // Nothing was saved: the catalog does not know the name.
        await Page.OpenAsync($"/katalog?q={mark}");
        await Expect(Page.Locator("ul.app-list > li")).ToHaveCountAsync(0);
    }

    [Fact]
    public async Task Without_javascript_the_check_button_shows_similar_applications_and_keeps_what_was_typed()
    {
        await WaitUntilIndexedAsync("parkir", "/katalog/e-parkir-palembang");
        var context = await NewContextAsync(new() { JavaScriptEnabled = false });
        var page = await context.NewPageAsync();
        await LoginAsync(page, "diskominfo@semarangkota.go.id", await DemoPasswordAsync(page));
        await page.OpenAsync("/katalog/terbitkan");
        await page.GetByLabel("Nama aplikasi").FillAsync("Parkir Tepi Jalan Semarang");
        await page.GetByLabel("Ringkasan").FillAsync("Retribusi parkir non-tunai dengan QRIS.");

        await page.GetByRole(AriaRole.Button, new() { Name = "Periksa aplikasi serupa" }).ClickAndWaitForNavigationAsync(page);

        await Expect(page.GetByLabel("Nama aplikasi")).ToHaveValueAsync("Parkir Tepi Jalan Semarang");
        await Expect(page.Locator("section.similar-draft").GetByRole(AriaRole.Link, new() { Name = "e-Parkir Palembang" })).ToBeVisibleAsync();
        await Expect(page.Locator(".field-error:not(:empty)")).ToHaveCountAsync(0);
    }

    [Fact]
    public async Task An_application_page_lists_its_similar_applications_with_their_regions()
    {
        await WaitUntilIndexedAsync("kinerja", "/katalog/e-kinerja-jawa-tengah");
        await Page.OpenAsync("/katalog/e-kinerja-jawa-tengah");

        var panel = Page.Locator("section.similar-apps");
        await Expect(panel.GetByRole(AriaRole.Heading, new() { Name = "Aplikasi serupa" })).ToBeVisibleAsync();
        await Expect(panel.Locator("li").First).ToBeVisibleAsync();
        await Expect(panel.Locator(".similar-owner").First).ToContainTextAsync("Milik");
        await Expect(panel.GetByRole(AriaRole.Link, new() { Name = "e-Kinerja Jawa Tengah" })).ToHaveCountAsync(0);
        await Page.AssertAccessibleAsync();
    }

    [Fact]
    public async Task A_kurator_adds_a_synonym_group_and_search_follows_it_at_once()
    {
        await WaitUntilIndexedAsync("parkir", "/katalog/e-parkir-palembang");
        var word = "qorv" + Guid.NewGuid().ToString("N")[..8];
        var kurator = await TestAccounts.CreateAsync(Host, Roles.Kurator, "00.01", TestAccounts.NewEmail("kominfo.go.id"));
        await LoginAsync(Page, kurator.Email!, TestAccounts.Password, await TestAccounts.EnableTwoFactorAsync(Host, kurator.Email!));
        await Page.OpenAsync($"/cari?q={word}");
        await Expect(Page.Locator("ol.search-hits")).ToHaveCountAsync(0);

        await Page.GetByRole(AriaRole.Link, new() { Name = "Kelola sinonim pencarian" }).ClickAndWaitForNavigationAsync(Page);
        await Page.AssertAccessibleAsync();
        await Page.GetByLabel("Istilah").FillAsync($"{word}, juru parkir");
        await Page.GetByRole(AriaRole.Button, new() { Name = "Tambah kelompok" }).ClickAndWaitForNavigationAsync(Page);

        await Expect(Page.GetByRole(AriaRole.Status)).ToContainTextAsync("Kelompok sinonim ditambahkan");
        await Expect(Page.GetByRole(AriaRole.Table)).ToContainTextAsync($"{word}, juru parkir");
        await Page.AssertAccessibleAsync();
        await Page.OpenAsync($"/cari?q={word}");
        await Expect(Page.Locator("ol.search-hits mark").First).ToHaveTextAsync(new System.Text.RegularExpressions.Regex("juru|parkir", System.Text.RegularExpressions.RegexOptions.IgnoreCase));

        // The shared demo site keeps its list as it was.
        await Page.OpenAsync("/cari/sinonim");
        await Page.GetByRole(AriaRole.Button, new() { Name = $"Hapus kelompok {word}, juru parkir" }).ClickAndWaitForNavigationAsync(Page);
        await Expect(Page.GetByRole(AriaRole.Status)).ToContainTextAsync("Kelompok sinonim dihapus.");
    }

    /// <summary>
    /// The site indexes its content in the background (the outbox indexer): waits until a search for
    /// <paramref name="q"/> finds <paramref name="url"/>, as a person would retry a moment later.
    /// </summary>
    private async Task WaitUntilIndexedAsync(string q, string url)
    {
        using var client = Host.CreateClient();
        var deadline = DateTime.UtcNow.AddSeconds(60);
        while (true)
        {
            using var json = JsonDocument.Parse(await client.GetStringAsync($"/api/v1/search?q={Uri.EscapeDataString(q)}&pageSize=50"));
            if (json.RootElement.GetProperty("hits").EnumerateArray().Any(h => h.GetProperty("url").GetString() == url))
            {
                return;
            }

            Assert.True(DateTime.UtcNow < deadline, $"The index did not find {url} for \"{q}\" within 60 s.");
            await Task.Delay(250);
        }
    }
}
