using Marketplace.E2E.Support;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace Marketplace.E2E;

public sealed class PublicCodeTests(SiteFixture site) : BrowserTest(site)
{
    [Fact]
    public async Task The_validator_points_at_the_offending_line_in_Indonesian()
    {
        await Page.OpenAsync("/katalog/validasi");
        await Page.AssertAccessibleAsync();

        await Page.Locator("textarea").FillAsync("publiccodeYmlVersion: \"0\"\nname: Medusa\nurl: bukan-url\n");
        await Page.GetByRole(AriaRole.Button, new() { Name = "Periksa" }).ClickAndWaitForNavigationAsync(Page);

        await Expect(Page.GetByRole(AriaRole.Alert)).ToHaveTextAsync("Berkas publiccode.yml tidak sah.");
        await Expect(Page.Locator("#daftar-kesalahan")).ToBeVisibleAsync();
        await Expect(Page.Locator("main")).ToContainTextAsync("baris 3, kolom");
        await Expect(Page.Locator("main pre").First).ToContainTextAsync("url: bukan-url");
        await Page.AssertAccessibleAsync();
    }
}
