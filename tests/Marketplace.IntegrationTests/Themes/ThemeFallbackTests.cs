using System.Net;
using Marketplace.IntegrationTests.Support;
using Marketplace.Testing;
using Marketplace.Web.Features.Themes;
using Microsoft.Extensions.Logging;

namespace Marketplace.IntegrationTests.Themes;

public sealed class ThemeFallbackTests
{
    [Fact]
    public async Task Missing_configured_theme_falls_back_to_SafeMode_with_one_warning()
    {
        await using var host = await MarketplaceHost.StartAsync(new Dictionary<string, string?> { ["Marketplace:Theme"] = "DoesNotExist" });
        using var client = host.CreateClient();

        var stylesheet = Assert.Single(Html.Stylesheets(await Html.GetPageAsync(client, "/")));
        using var css = await client.GetAsync(stylesheet);

        Assert.Equal("/_content/Marketplace.Themes.SafeMode/css/safe.css", Html.Unversioned(stylesheet));
        Assert.Equal(HttpStatusCode.OK, css.StatusCode);
        var warning = Assert.Single(host.Problems);
        Assert.Equal((LogLevel.Warning, typeof(ThemeCatalog).FullName), (warning.Level, warning.Category));
        Assert.Contains("DoesNotExist", warning.Message, StringComparison.Ordinal);
    }
}
