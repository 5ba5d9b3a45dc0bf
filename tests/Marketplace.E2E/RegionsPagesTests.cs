using Marketplace.E2E.Support;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace Marketplace.E2E;

/// <summary>The region directory (/wilayah) built on the regions branch; these fail until it is merged.</summary>
public sealed class RegionsPagesTests(SiteFixture site) : BrowserTest(site)
{
    [Fact]
    public async Task Region_directory_leads_from_a_province_to_Kota_Singkawang()
    {
        await Page.OpenAsync("/wilayah");
        await Expect(Page.Locator("html")).ToHaveAttributeAsync("lang", "id");
        await Page.AssertAccessibleAsync();

        await Page.Locator("main").GetByRole(AriaRole.Link, new() { Name = "Kalimantan Barat", Exact = true })
            .ClickAndWaitForNavigationAsync(Page);
        await Expect(Page.Locator("h1")).ToContainTextAsync("Kalimantan Barat");
        await Page.AssertAccessibleAsync();

        await Page.Locator("main").GetByRole(AriaRole.Link, new() { Name = "Kota Singkawang", Exact = true })
            .ClickAndWaitForNavigationAsync(Page);
        Assert.EndsWith("/wilayah/61.72", Page.Url, StringComparison.Ordinal);
        await Expect(Page.Locator("h1")).ToContainTextAsync("Kota Singkawang");
        await Page.AssertAccessibleAsync();
    }

    [Fact]
    public async Task City_page_opens_by_its_Kemendagri_code()
    {
        await Page.OpenAsync("/wilayah/61.72");

        await Expect(Page.Locator("h1")).ToContainTextAsync("Kota Singkawang");
        await Expect(Page.Locator("main")).ToContainTextAsync("61.72");
        await Page.AssertAccessibleAsync();
    }
}
