using System.Text.RegularExpressions;
using Marketplace.Web.Features.Regions;

namespace Marketplace.Tests.Regions;

public sealed class RegionDataTests
{
    private static readonly IReadOnlyList<Region> _all = RegionData.LoadAll();

    [Fact]
    public void Region_list_has_38_provinces_and_514_regencies_and_cities()
    {
        Assert.Equal(38, _all.Count(r => r.Kind == RegionKind.Province));
        Assert.Equal(416, _all.Count(r => r.Kind == RegionKind.Regency));
        Assert.Equal(98, _all.Count(r => r.Kind == RegionKind.City));
        Assert.Equal(514, _all.Count(r => r.Kind is RegionKind.Regency or RegionKind.City));
    }

    [Fact]
    public void Every_regency_and_city_belongs_to_a_province_in_the_list()
    {
        var provinces = _all.Where(r => r.Kind == RegionKind.Province).Select(r => r.Code).ToHashSet();
        var orphans = _all.Where(r => r.Kind is RegionKind.Regency or RegionKind.City && !provinces.Contains(r.ParentCode ?? ""));
        Assert.Empty(orphans);
    }

    [Fact]
    public void Provinces_and_national_institutions_have_no_parent() =>
        Assert.All(_all.Where(r => r.Kind is RegionKind.Province or RegionKind.National), r => Assert.Null(r.ParentCode));

    [Fact]
    public void Codes_are_unique() =>
        Assert.Equal(_all.Count, _all.Select(r => r.Code).Distinct(StringComparer.Ordinal).Count());

    [Fact]
    public void Codes_follow_the_Kemendagri_pattern_of_their_kind()
    {
        var wrong = _all.Where(r => r.Kind switch
        {
            RegionKind.Province => !Regex.IsMatch(r.Code, @"^[1-9][0-9]\z"),
            RegionKind.National => !Regex.IsMatch(r.Code, @"^00\.[0-9]{2}\z"),
            _ => !Regex.IsMatch(r.Code, @"^[0-9]{2}\.[0-9]{2}\z") || !r.Code.StartsWith(r.ParentCode + ".", StringComparison.Ordinal),
        });
        Assert.Empty(wrong.Select(r => r.Code));
    }

    [Fact]
    public void Names_are_trimmed_and_regency_and_city_names_start_with_their_kind()
    {
        Assert.All(_all, r => Assert.Equal(r.Name.Trim(), r.Name));
        Assert.All(_all, r => Assert.NotEmpty(r.Name));
        Assert.All(_all.Where(r => r.Kind == RegionKind.Regency), r => Assert.StartsWith("Kabupaten ", r.Name, StringComparison.Ordinal));
        Assert.All(_all.Where(r => r.Kind == RegionKind.City), r => Assert.StartsWith("Kota ", r.Name, StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("61.72", "Kota Singkawang", RegionKind.City, "61")]
    [InlineData("33.74", "Kota Semarang", RegionKind.City, "33")]
    [InlineData("16.71", "Kota Palembang", RegionKind.City, "16")]
    [InlineData("11.01", "Kabupaten Aceh Selatan", RegionKind.Regency, "11")]
    [InlineData("61", "Kalimantan Barat", RegionKind.Province, null)]
    [InlineData("33", "Jawa Tengah", RegionKind.Province, null)]
    public void Known_regions_have_their_Kemendagri_code(string code, string name, RegionKind kind, string? parent)
    {
        var region = Assert.Single(_all, r => r.Code == code);
        Assert.Equal((name, kind, parent), (region.Name, region.Kind, region.ParentCode));
    }

    [Fact]
    public void National_institutions_include_Kemenkominfo()
    {
        var kemenkominfo = Assert.Single(_all, r => r.Code == RegionData.KemenkominfoCode);
        Assert.Equal(RegionKind.National, kemenkominfo.Kind);
        Assert.Equal("Kementerian Komunikasi dan Informatika", kemenkominfo.Name);
        Assert.Contains(kemenkominfo, RegionData.National);
    }

    [Theory]
    [InlineData("Kota Singkawang", RegionKind.City)]
    [InlineData("Kota Kotamobagu", RegionKind.City)]
    [InlineData("Kabupaten Kotabaru", RegionKind.Regency)]
    [InlineData("Kabupaten Kotawaringin Barat", RegionKind.Regency)]
    [InlineData("Kabupaten Aceh Selatan", RegionKind.Regency)]
    [InlineData("Kotabaru", RegionKind.Regency)]
    public void KindOf_calls_a_name_starting_with_Kota_a_city_and_anything_else_a_regency(string name, RegionKind expected) =>
        Assert.Equal(expected, RegionData.KindOf(name));
}
