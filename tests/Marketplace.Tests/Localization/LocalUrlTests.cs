using Marketplace.Web.Features.Localization;

namespace Marketplace.Tests.Localization;

public sealed class LocalUrlTests
{
    [Theory]
    [InlineData("/", "/")]
    [InlineData("/wilayah/61.72", "/wilayah/61.72")]
    [InlineData("/cari?q=parkir", "/cari?q=parkir")]
    public void Local_paths_are_kept(string url, string expected) => Assert.Equal(expected, LocalUrl.OrRoot(url));

    [Theory]
    [InlineData("https://evil.example/")]
    [InlineData("//evil.example/")]
    [InlineData("/\\evil.example/")]
    [InlineData("javascript:alert(1)")]
    [InlineData("wilayah")]
    [InlineData("")]
    [InlineData(null)]
    public void Anything_else_becomes_the_home_page(string? url) => Assert.Equal("/", LocalUrl.OrRoot(url));
}
