using Marketplace.E2E.Support;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace Marketplace.E2E;

public sealed class ThemeTests(SiteFixture site) : BrowserTest(site)
{
    private ILocator ContrastStylesheet => Page.Locator("link[rel=stylesheet][href*='Marketplace.Themes.HighContrast/css/contrast.']");

    [Fact]
    public async Task Default_theme_is_accessible_and_has_a_blue_header()
    {
        await Page.OpenAsync("/");

        await Expect(ContrastStylesheet).ToHaveCountAsync(0);
        await Expect(Page.Locator("header.site-header")).ToHaveCSSAsync("background-color", "rgb(11, 79, 138)");
        await Page.AssertAccessibleAsync();
    }

    [Fact]
    public async Task High_contrast_theme_applies_its_stylesheet_and_persists_until_changed()
    {
        await Page.OpenAsync("/");
        await Page.ChooseThemeAsync("Kontras tinggi");

        await Expect(ContrastStylesheet).ToHaveCountAsync(1);
        await Expect(Page.Locator("body")).ToHaveCSSAsync("background-color", "rgb(255, 255, 255)");
        await Expect(Page.Locator("header.site-header")).ToHaveCSSAsync("background-color", "rgb(0, 0, 0)");
        await Expect(Page.Locator("#pilih-tema")).ToHaveValueAsync("HighContrast");
        await Page.AssertAccessibleAsync();

        await Page.OpenAsync("/tentang");
        await Expect(ContrastStylesheet).ToHaveCountAsync(1);
        await Page.AssertAccessibleAsync();

        await Page.ChooseThemeAsync("Standar");
        await Expect(ContrastStylesheet).ToHaveCountAsync(0);
        await Expect(Page.Locator("header.site-header")).ToHaveCSSAsync("background-color", "rgb(11, 79, 138)");
        await Page.AssertAccessibleAsync();
    }
}
