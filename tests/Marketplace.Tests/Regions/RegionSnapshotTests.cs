using Marketplace.Web.Features.Regions;

namespace Marketplace.Tests.Regions;

public sealed class RegionSnapshotTests
{
    private static readonly RegionSnapshot _regions =
        new(RegionData.LoadAll().Reverse().Select(r => new RegionInfo(r.Code, r.Name, r.Kind, r.ParentCode)));

    [Fact]
    public void Regions_are_ordered_by_code_whatever_order_they_came_in()
    {
        Assert.Equal(556, _regions.All.Count);
        Assert.Equal(_regions.All.Select(r => r.Code).Order(StringComparer.Ordinal), _regions.All.Select(r => r.Code));
        Assert.Equal(RegionData.KemenkominfoCode, _regions.All[0].Code);
    }

    [Fact]
    public void Find_returns_the_region_or_null() =>
        Assert.Equal(("Kota Singkawang", (RegionInfo?)null), (_regions.Find("61.72")?.Name, _regions.Find("61.99")));

    [Fact]
    public void Children_of_Jawa_Tengah_are_its_35_regencies_and_cities_in_code_order()
    {
        var children = _regions.ChildrenOf("33").ToList();
        Assert.Equal(35, children.Count);
        Assert.Equal(29, children.Count(c => c.Kind == RegionKind.Regency));
        Assert.Equal("Kabupaten Cilacap", children[0].Name);
        Assert.Equal(children.Select(c => c.Code).Order(StringComparer.Ordinal), children.Select(c => c.Code));
    }

    [Theory]
    [InlineData("61.72")]
    [InlineData("00.01")]
    [InlineData("99")]
    public void Regions_without_children_and_unknown_codes_have_none(string code) =>
        Assert.Empty(_regions.ChildrenOf(code));

    [Fact]
    public void OfKind_lists_one_kind_only() =>
        Assert.Equal(98, _regions.OfKind(RegionKind.City).Count());
}
