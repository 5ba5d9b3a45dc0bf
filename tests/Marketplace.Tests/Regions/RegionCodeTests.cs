using Marketplace.Web.Features.Regions;

namespace Marketplace.Tests.Regions;

public sealed class RegionCodeTests
{
    [Theory]
    [InlineData("33")]
    [InlineData("33.74")]
    [InlineData("00.01")]
    public void Province_regency_and_institution_codes_are_well_formed(string code) =>
        Assert.True(RegionCode.IsWellFormed(code));

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("3")]
    [InlineData("333")]
    [InlineData("33.7")]
    [InlineData("33.745")]
    [InlineData("33-74")]
    [InlineData("33.74.01")]
    [InlineData("abc")]
    [InlineData("33.74\n")]
    [InlineData("\u0663\u0663")]
    public void Anything_else_is_malformed(string? code) =>
        Assert.False(RegionCode.IsWellFormed(code));
}
