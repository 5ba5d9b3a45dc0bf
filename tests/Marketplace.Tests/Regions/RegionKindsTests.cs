using Marketplace.Tests.Support;
using Marketplace.Web.Features.Regions;

namespace Marketplace.Tests.Regions;

public sealed class RegionKindsTests
{
    [Fact]
    public void Api_names_are_the_four_lower_case_words() =>
        Assert.Equal(["province", "regency", "city", "national"], RegionKinds.ApiNames);

    [Fact]
    public void Every_kind_round_trips_through_its_api_name() =>
        Assert.All(Enum.GetValues<RegionKind>(), kind =>
        {
            Assert.True(RegionKinds.TryParse(RegionKinds.ApiName(kind), out var parsed));
            Assert.Equal(kind, parsed);
        });

    [Theory]
    [InlineData("CITY", RegionKind.City)]
    [InlineData("Province", RegionKind.Province)]
    [InlineData("national", RegionKind.National)]
    public void Parsing_ignores_case(string value, RegionKind expected)
    {
        Assert.True(RegionKinds.TryParse(value, out var kind));
        Assert.Equal(expected, kind);
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("0")]
    [InlineData("2")]
    [InlineData("village")]
    [InlineData("cities")]
    [InlineData(" city")]
    public void Parsing_refuses_numbers_and_other_words(string? value) =>
        Assert.False(RegionKinds.TryParse(value, out _));

    [Fact]
    public void Every_kind_has_a_display_name_in_RegionsText()
    {
        var text = ResxFile.Read(ResxFile.IndonesianOf(nameof(RegionsText)));
        Assert.All(Enum.GetValues<RegionKind>(), kind => Assert.True(text.ContainsKey(RegionKinds.TextKey(kind)), RegionKinds.TextKey(kind)));
        Assert.Equal("Kota", text[RegionKinds.TextKey(RegionKind.City)]);
        Assert.Equal("Lembaga nasional", text[RegionKinds.TextKey(RegionKind.National)]);
    }
}
