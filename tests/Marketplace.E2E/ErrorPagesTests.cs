using Marketplace.E2E.Support;
using static Microsoft.Playwright.Assertions;

namespace Marketplace.E2E;

public sealed class ErrorPagesTests(SiteFixture site) : BrowserTest(site)
{
    [Fact]
    public async Task Unknown_address_answers_404_with_an_accessible_Indonesian_page()
    {
        // Chromium reports the 404 of the document itself on the console; that one is the point of the test.
        ExpectBrowserError(e => e.Contains("/halaman-yang-tidak-ada", StringComparison.Ordinal) && e.Contains("404", StringComparison.Ordinal));

        await Page.OpenAsync("/halaman-yang-tidak-ada", status: 404);

        await Expect(Page.Locator("html")).ToHaveAttributeAsync("lang", "id");
        await Expect(Page.Locator("h1")).ToHaveTextAsync("Halaman tidak ditemukan");
        await Expect(Page.Locator("main")).ToContainTextAsync("Alamat yang Anda buka tidak ada atau sudah dipindahkan.");
        await Page.AssertAccessibleAsync();
    }

    [Fact]
    public async Task Error_page_renders_in_the_safe_mode_theme_and_is_accessible()
    {
        await Page.OpenAsync("/galat");

        await Expect(Page.Locator("h1")).ToHaveTextAsync("Terjadi kesalahan");
        await Expect(Page.Locator("link[href*='Marketplace.Themes.SafeMode/css/safe.']")).ToHaveCountAsync(1);
        await Expect(Page.Locator("main")).ToContainTextAsync("Nomor rujukan:");
        await Page.AssertAccessibleAsync();
    }
}
