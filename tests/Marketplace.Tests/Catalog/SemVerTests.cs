using Marketplace.Web.Features.Catalog;

namespace Marketplace.Tests.Catalog;

public sealed class SemVerTests
{
    [Theory]
    [InlineData("1.0.0")]
    [InlineData("0.1.0")]
    [InlineData("10.20.30")]
    [InlineData("1.0.0-rc.1")]
    [InlineData("1.0.0-alpha.beta+build.5")]
    [InlineData("2.0.0+20261122")]
    public void Valid_versions_parse(string text) => Assert.True(SemVer.TryParse(text, out _));

    [Theory]
    [InlineData("1.0")]
    [InlineData("1")]
    [InlineData("v1.0.0")]
    [InlineData("01.0.0")]
    [InlineData("1.0.0-")]
    [InlineData("1.0.0-01")]
    [InlineData("1.0.0 ")]
    [InlineData("")]
    [InlineData(null)]
    [InlineData("99999999999.0.0")]
    public void Invalid_versions_do_not(string? text) => Assert.False(SemVer.TryParse(text, out _));

    [Fact]
    public void Versions_sort_by_precedence_not_as_text()
    {
        string[] versions = ["1.10.0", "1.9.0", "1.0.0", "1.0.0-rc.1", "1.0.0-alpha", "1.0.0-alpha.1", "1.0.0-alpha.beta", "1.0.0-beta.11", "1.0.0-beta.2", "2.0.0"];

        var sorted = versions.Order(Comparer<string>.Create(SemVer.Compare)).ToArray();

        Assert.Equal(["1.0.0-alpha", "1.0.0-alpha.1", "1.0.0-alpha.beta", "1.0.0-beta.2", "1.0.0-beta.11", "1.0.0-rc.1", "1.0.0", "1.9.0", "1.10.0", "2.0.0"], sorted);
    }

    [Fact]
    public void Build_metadata_does_not_change_precedence() =>
        Assert.Equal(0, SemVer.Compare("1.0.0+a", "1.0.0+b"));
}
