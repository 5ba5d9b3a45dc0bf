using Marketplace.E2E.Support;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace Marketplace.E2E;

/// <summary>
/// The forum, notifications and Praktik Baik pages in the browser with axe: a member previews and starts a thread,
/// another replies mentioning her, and she finds the mention in her notifications.
/// </summary>
public sealed class ForumPagesTests(SiteFixture site) : BrowserTest(site)
{
    [Fact]
    public async Task A_thread_with_a_preview_a_mention_and_its_notification_passes_the_accessibility_check()
    {
        var password = await DemoPasswordAsync(Page);
        var title = $"Target SPBE Perpres 95/2018 {Guid.NewGuid().ToString("N")[..6]}";
        await LoginAsync(Page, "dewi.lestari@semarangkota.go.id", password);
        await Page.OpenAsync("/forum");
        await Page.AssertAccessibleAsync();
        await Page.OpenAsync("/forum/umum/baru");
        await Page.GetByLabel("Judul").FillAsync(title);
        await Page.GetByLabel("Isi pesan").FillAsync("Bagaimana daerah mengukur **indeks SPBE** tahun ini? 🇮🇩");
        await Page.GetByRole(AriaRole.Button, new() { Name = "Pratinjau" }).ClickAndWaitForNavigationAsync(Page);
        await Expect(Page.Locator("main strong").Filter(new() { HasText = "indeks SPBE" })).ToBeVisibleAsync();
        await Page.AssertAccessibleAsync();
        await Page.GetByRole(AriaRole.Button, new() { Name = "Terbitkan topik" }).ClickAndWaitForNavigationAsync(Page);
        await Expect(Page.Locator("h1")).ToHaveTextAsync(title);
        await Page.AssertAccessibleAsync();
        var thread = new Uri(Page.Url).AbsolutePath;

        var palembang = await (await NewContextAsync(new() { Locale = "id-ID" })).NewPageAsync();
        await LoginAsync(palembang, "yusuf.hidayat@palembang.go.id", password);
        await palembang.OpenAsync(thread);
        await palembang.GetByLabel("Isi pesan").FillAsync("Kami memakai evaluasi mandiri; @dewi.lestari bisa berbagi lembar kerjanya?");
        await palembang.GetByRole(AriaRole.Button, new() { Name = "Kirim balasan" }).ClickAndWaitForNavigationAsync(palembang);
        await Expect(palembang.Locator("main a").Filter(new() { HasText = "@dewi.lestari" })).ToBeVisibleAsync();
        await palembang.AssertAccessibleAsync();

        await Page.OpenAsync("/notifikasi");
        await Expect(Page.Locator("main")).ToContainTextAsync("menyebut Anda di");
        await Expect(Page.Locator("header")).ToContainTextAsync("belum dibaca");
        await Page.AssertAccessibleAsync();
        await Page.OpenAsync("/notifikasi/pantauan");
        await Page.AssertAccessibleAsync();
    }

    [Fact]
    public async Task Praktik_Baik_pages_pass_the_accessibility_check()
    {
        await Page.OpenAsync("/");
        await Page.AssertAccessibleAsync();
        await Page.OpenAsync("/praktik-baik");
        await Page.AssertAccessibleAsync();
        await Page.Locator("main a[href^='/praktik-baik/']").First.ClickAndWaitForNavigationAsync(Page);
        await Page.AssertAccessibleAsync();
        await Page.OpenAsync("/katalog/grms-jawa-tengah");
        await Expect(Page.Locator("main")).ToContainTextAsync("Praktik Baik", new() { IgnoreCase = true });
        await Page.AssertAccessibleAsync();
    }
}
