using Marketplace.E2E.Support;
using static Microsoft.Playwright.Assertions;

namespace Marketplace.E2E;

/// <summary>The core pages work without JavaScript: the footer preferences are plain POST forms.</summary>
public sealed class NoJavaScriptTests(SiteFixture site) : BrowserTest(site)
{
    [Fact]
    public async Task Language_and_theme_can_be_chosen_with_JavaScript_disabled()
    {
        var context = await NewContextAsync(new() { JavaScriptEnabled = false });
        var page = await context.NewPageAsync();
        await page.OpenAsync("/");

        await page.ChooseLanguageAsync("English");
        await Expect(page.Locator("html")).ToHaveAttributeAsync("lang", "en");
        await Expect(page.Locator("h1")).ToHaveTextAsync("One application, shared by many regions");

        await page.ChooseThemeAsync("High contrast");
        await Expect(page.Locator("header.site-header")).ToHaveCSSAsync("background-color", "rgb(0, 0, 0)");

        // axe is itself a script, so the page is checked again with the same cookies where scripts run.
        var scripted = await NewContextAsync(new() { StorageState = await context.StorageStateAsync() });
        var same = await scripted.NewPageAsync();
        await same.OpenAsync("/");
        await Expect(same.Locator("html")).ToHaveAttributeAsync("lang", "en");
        await same.AssertAccessibleAsync();
    }
}
