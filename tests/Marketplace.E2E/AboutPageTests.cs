using Marketplace.E2E.Support;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace Marketplace.E2E;

public sealed class AboutPageTests(SiteFixture site) : BrowserTest(site)
{
    [Fact]
    public async Task About_page_credits_idn_area_data_under_the_ODbL()
    {
        await Page.OpenAsync("/tentang");

        await Expect(Page.Locator("h1")).ToHaveTextAsync("Tentang Forum Kominfo");
        await Expect(Page.GetByRole(AriaRole.Link, new() { Name = "idn-area-data" }))
            .ToHaveAttributeAsync("href", "https://github.com/fityannugroho/idn-area-data");
        await Expect(Page.GetByRole(AriaRole.Link, new() { Name = "Open Database License (ODbL) 1.0" }))
            .ToHaveAttributeAsync("href", "https://opendatacommons.org/licenses/odbl/1-0/");
        await Expect(Page.Locator("main")).ToContainTextAsync("Fityan Ali Nugroho");
        await Page.AssertAccessibleAsync();
    }
}
