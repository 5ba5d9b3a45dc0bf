using Marketplace.Web.Features.Regions;
using Marketplace.Web.Features.Statistics.Svg;

namespace Marketplace.Tests.Statistics;

public sealed class ProvinceTilesTests
{
    private static readonly IReadOnlyList<string> _provinceCodes =
        [.. RegionData.LoadAll().Where(r => r.Kind == RegionKind.Province).Select(r => r.Code).Order(StringComparer.Ordinal)];

    [Fact]
    public void The_tiles_cover_exactly_the_provinces_of_the_committed_region_data()
    {
        Assert.Equal(38, _provinceCodes.Count);
        Assert.Equal(_provinceCodes, ProvinceTiles.All.Select(t => t.Code).Order(StringComparer.Ordinal));
    }

    [Fact]
    public void No_two_tiles_share_a_cell_and_every_tile_lies_inside_the_grid()
    {
        Assert.Equal(ProvinceTiles.All.Count, ProvinceTiles.All.Select(t => (t.Column, t.Row)).Distinct().Count());
        Assert.All(ProvinceTiles.All, t => Assert.InRange(t.Column, 0, ProvinceTiles.Columns - 1));
        Assert.All(ProvinceTiles.All, t => Assert.InRange(t.Row, 0, ProvinceTiles.Rows - 1));
        Assert.Contains(ProvinceTiles.All, t => t.Column == ProvinceTiles.Columns - 1);
        Assert.Contains(ProvinceTiles.All, t => t.Row == ProvinceTiles.Rows - 1);
    }

    [Fact]
    public void Labels_are_unique_and_short_enough_for_a_tile()
    {
        Assert.Equal(ProvinceTiles.All.Count, ProvinceTiles.All.Select(t => t.Label).Distinct(StringComparer.OrdinalIgnoreCase).Count());
        Assert.All(ProvinceTiles.All, t => Assert.InRange(t.Label.Length, 2, 9));
    }

    [Fact]
    public void The_grid_runs_from_Aceh_top_left_through_the_islands_to_Papua_on_the_right()
    {
        int[] Columns(Func<int, bool> island) => [.. ProvinceTiles.All.Where(t => island(int.Parse(t.Code))).Select(t => t.Column)];
        var sumatra = Columns(c => c is >= 11 and <= 21);
        var kalimantan = Columns(c => c is >= 61 and <= 65);
        var sulawesi = Columns(c => c is >= 71 and <= 76);
        var maluku = Columns(c => c is 81 or 82);
        var papua = Columns(c => c >= 91);

        Assert.Equal((0, 0), ProvinceTiles.All.Where(t => t.Code == "11").Select(t => (t.Column, t.Row)).Single());
        Assert.True(sumatra.Max() < kalimantan.Min());
        Assert.True(kalimantan.Max() < sulawesi.Min());
        Assert.True(sulawesi.Max() < maluku.Min());
        Assert.True(maluku.Max() < papua.Min());
        Assert.Equal(6, papua.Length);
    }
}
