using Marketplace.E2E.Support;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace Marketplace.E2E;

public sealed class LanguageTests(SiteFixture site) : BrowserTest(site)
{
    [Fact]
    public async Task Choosing_English_translates_the_site_until_Indonesian_is_chosen_again()
    {
        await Page.OpenAsync("/");
        await Page.ChooseLanguageAsync("English");

        await Expect(Page.Locator("html")).ToHaveAttributeAsync("lang", "en");
        await Expect(Page.Locator("h1")).ToHaveTextAsync("One application, shared by many regions");
        await Expect(MainNavigation(Page).GetByRole(AriaRole.Link, new() { Name = "Home", Exact = true })).ToBeVisibleAsync();
        await Page.AssertAccessibleAsync();

        await MainNavigation(Page).GetByRole(AriaRole.Link, new() { Name = "About" }).ClickAsync();
        await Page.WaitForURLAsync("**/tentang");
        await Expect(Page.Locator("html")).ToHaveAttributeAsync("lang", "en");
        await Expect(Page.Locator("h1")).ToHaveTextAsync("About Forum Kominfo");
        await Page.AssertAccessibleAsync();

        await Page.ChooseLanguageAsync("Bahasa Indonesia");
        Assert.EndsWith("/tentang", Page.Url, StringComparison.Ordinal);
        await Expect(Page.Locator("html")).ToHaveAttributeAsync("lang", "id");
        await Expect(Page.Locator("h1")).ToHaveTextAsync("Tentang Forum Kominfo");
        await Page.AssertAccessibleAsync();
    }

    [Fact]
    public async Task A_browser_that_prefers_English_gets_English_without_choosing()
    {
        var context = await NewContextAsync(new() { Locale = "en-US" });
        var page = await context.NewPageAsync();

        await page.OpenAsync("/");

        await Expect(page.Locator("html")).ToHaveAttributeAsync("lang", "en");
        await Expect(MainNavigation(page).GetByRole(AriaRole.Link, new() { Name = "Home", Exact = true })).ToBeVisibleAsync();
        await page.AssertAccessibleAsync();
    }

    private static ILocator MainNavigation(IPage page) => page.Locator("nav.site-nav");
}
