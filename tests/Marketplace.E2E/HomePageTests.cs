using Marketplace.E2E.Support;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace Marketplace.E2E;

public sealed class HomePageTests(SiteFixture site) : BrowserTest(site)
{
    [Fact]
    public async Task Home_page_speaks_Indonesian_and_is_accessible()
    {
        await Page.OpenAsync("/");

        await Expect(Page.Locator("html")).ToHaveAttributeAsync("lang", "id");
        await Expect(Page.Locator("h1")).ToHaveTextAsync("Satu aplikasi, dipakai bersama oleh banyak daerah");
        await Expect(Page.GetByRole(AriaRole.Navigation, new() { Name = "Navigasi utama" })
            .GetByRole(AriaRole.Link, new() { Name = "Beranda" })).ToHaveAttributeAsync("aria-current", "page");
        await Page.AssertAccessibleAsync();
    }

    [Fact]
    public async Task Home_page_counts_the_provinces_and_regencies_from_the_region_data()
    {
        await Page.OpenAsync("/");

        var stats = Page.GetByRole(AriaRole.List, new() { Name = "Ringkasan peserta" });
        await Expect(stats.GetByRole(AriaRole.Listitem).Nth(0)).ToHaveTextAsync("38 provinsi");
        await Expect(stats.GetByRole(AriaRole.Listitem).Nth(1)).ToHaveTextAsync("514 kabupaten dan kota");
        await Page.AssertAccessibleAsync();
    }

    [Fact]
    public async Task Skip_link_is_the_first_stop_and_moves_focus_to_the_main_content()
    {
        await Page.OpenAsync("/");

        await Page.Keyboard.PressAsync("Tab");
        var skip = Page.GetByRole(AriaRole.Link, new() { Name = "Langsung ke konten utama" });
        await Expect(skip).ToBeFocusedAsync();
        await Expect(skip).ToBeInViewportAsync();
        await Page.AssertAccessibleAsync();

        await Page.Keyboard.PressAsync("Enter");
        await Expect(Page.Locator("main")).ToBeFocusedAsync();
        Assert.EndsWith("#konten", Page.Url, StringComparison.Ordinal);
    }
}
