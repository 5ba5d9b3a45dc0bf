using Marketplace.E2E.Support;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace Marketplace.E2E;

/// <summary>
/// Every page the adoption issue added, on the demo data, through axe (WCAG 2.1 A and AA): the pages the journey does
/// not pass through (print, calendar link, infrastructure, province roll-up) and the statistics in English and in the
/// high-contrast theme.
/// </summary>
public sealed class AdoptionPagesAccessibilityTests(SiteFixture site) : BrowserTest(site)
{
    [Fact]
    public async Task Adoption_capacity_and_region_pages_pass_the_accessibility_check()
    {
        await LoginAsync(Page, "diskominfo@singkawangkota.go.id", await DemoPasswordAsync(Page));

        // Singkawang's demo adoption of e-Office is in planning, with a step past its due date.
        await Page.OpenAsync("/adopsi?status=Perencanaan");
        await Page.AssertAccessibleAsync();
        await Page.Locator("main table a[href^='/adopsi/']").First.ClickAndWaitForNavigationAsync(Page);
        await Expect(Page.Locator("main")).ToContainTextAsync("Terlambat");
        await Page.AssertAccessibleAsync();
        var adoption = new Uri(Page.Url).AbsolutePath;
        await Page.OpenAsync(adoption + "/rencana");
        await Page.AssertAccessibleAsync();
        await Page.OpenAsync(adoption + "/cetak");
        await Expect(Page.Locator("nav.site-nav")).ToHaveCountAsync(0);
        await Page.AssertAccessibleAsync();

        await Page.OpenAsync("/wilayah/61.72/infrastruktur");
        await Expect(Page.Locator("main")).ToContainTextAsync("server-diskominfo");
        await Page.AssertAccessibleAsync();
        await Page.OpenAsync("/wilayah/61.72/infrastruktur/ubah");
        await Page.AssertAccessibleAsync();

        // Jawa Tengah rolls up its regencies and cities; e-Kinerja carries verified reviews with the owner's answers.
        await Page.OpenAsync("/wilayah/33");
        await Expect(Page.Locator("main")).ToContainTextAsync("Kota Semarang");
        await Page.AssertAccessibleAsync();
        await Page.OpenAsync("/katalog/e-office-jawa-tengah");
        await Expect(Page.Locator("main")).ToContainTextAsync("Tanggapan wilayah pemilik");
        await Page.AssertAccessibleAsync();
    }

    [Fact]
    public async Task Statistics_pass_the_accessibility_check_in_English_and_in_high_contrast()
    {
        var english = await (await NewContextAsync(new() { Locale = "en-US" })).NewPageAsync();
        await english.OpenAsync("/statistik");
        await Expect(english.Locator("h1")).ToContainTextAsync("reuse statistics");
        await english.AssertAccessibleAsync();

        await Page.OpenAsync("/statistik");
        await Page.ChooseThemeAsync("Kontras tinggi");
        await Expect(Page.Locator("main svg[role=img]").First).ToBeVisibleAsync();
        await Page.AssertAccessibleAsync();
    }
}
