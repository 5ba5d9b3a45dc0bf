using Marketplace.E2E.Support;
using Xunit.Sdk;

namespace Marketplace.E2E;

/// <summary>The axe helper itself: a page that is clean everywhere is only good news if the helper can see a violation.</summary>
public sealed class AccessibilityCheckTests(SiteFixture site) : BrowserTest(site)
{
    [Fact]
    public async Task Accessibility_check_reports_level_A_and_AA_violations_with_their_elements()
    {
        await Page.SetContentAsync("""
            <!DOCTYPE html><html lang="id"><head><title>Uji</title></head>
            <body><main><h1>Uji</h1><img id="tanpa-alt" src="data:,">
            <p id="pucat" style="color:#bbb;background:#fff">Teks pucat</p></main></body></html>
            """);

        var failure = await Assert.ThrowsAsync<XunitException>(Page.AssertAccessibleAsync);

        Assert.Contains("image-alt", failure.Message, StringComparison.Ordinal);
        Assert.Contains("#tanpa-alt", failure.Message, StringComparison.Ordinal);
        Assert.Contains("color-contrast", failure.Message, StringComparison.Ordinal);
        Assert.Contains("#pucat", failure.Message, StringComparison.Ordinal);
    }
}
