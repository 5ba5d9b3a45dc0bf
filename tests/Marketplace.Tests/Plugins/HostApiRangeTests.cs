using Marketplace.Web.Features.Plugins;

namespace Marketplace.Tests.Plugins;

public sealed class HostApiRangeTests
{
    [Theory]
    [InlineData(">=1.0.0 <2.0.0", "1.0.0", true)]
    [InlineData(">=1.0.0 <2.0.0", "1.9.3", true)]
    [InlineData(">=1.0.0 <2.0.0", "2.0.0", false)]
    [InlineData("^1.2.0", "1.5.0", true)]
    [InlineData("^1.2.0", "1.1.0", false)]
    [InlineData("^1.2.0", "2.0.0", false)]
    [InlineData("1.0.0", "1.0.0", true)]
    [InlineData("=1.0.0", "1.0.1", false)]
    [InlineData(">1.0.0", "1.0.0", false)]
    [InlineData("<=1.0.0", "1.0.0", true)]
    [InlineData(">=1.0.0 <2.0.0", "2.0.0-rc.1", true)]
    public void Range_includes_what_SemVer_says(string range, string version, bool expected) =>
        Assert.Equal(expected, HostApiRange.Includes(range, version));

    [Theory]
    [InlineData("")]
    [InlineData("apa saja")]
    [InlineData(">=1.0")]
    [InlineData("~1.0.0")]
    public void Malformed_ranges_are_not_ranges(string range) => Assert.False(HostApiRange.TryParse(range, out _));
}
