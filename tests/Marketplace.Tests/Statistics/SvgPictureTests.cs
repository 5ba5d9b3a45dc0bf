using System.Globalization;
using System.Xml.Linq;
using Marketplace.Web.Features.Statistics.Svg;

namespace Marketplace.Tests.Statistics;

/// <summary>The statistics pictures: well-formed SVG whatever the names, an accessible frame, and text for every number.</summary>
public sealed class SvgPictureTests
{
    private static readonly XNamespace Svg = "http://www.w3.org/2000/svg";
    private static readonly CultureInfo Indonesian = new("id");
    private const string Hostile = "<script>alert('x')</script> & \"Kota\"";

    private static XElement Parse(string markup) => XElement.Parse(markup);

    private static void AssertAccessibleFrame(XElement svg, string title, string description)
    {
        Assert.Equal("img", (string?)svg.Attribute("role"));
        Assert.Equal(title, (string?)svg.Attribute("aria-label"));
        var children = svg.Elements().Take(2).ToList();
        Assert.Equal([Svg + "title", Svg + "desc"], children.Select(e => e.Name));
        Assert.Equal([title, description], children.Select(e => e.Value));
    }

    private static IEnumerable<XElement> Tiles(XElement svg) => svg.Elements(Svg + "g").Where(g => g.Attribute("data-code") is not null);

    [Fact]
    public void The_tile_map_has_one_tile_per_province_with_its_label_and_number_as_text()
    {
        var svg = Parse(TileMapSvg.Render([new("61", "Kalimantan Barat", 3), new("33", "Jawa Tengah", 12)], "Peta", "Uraian", "Adopsi berjalan", Indonesian));

        AssertAccessibleFrame(svg, "Peta", "Uraian");
        Assert.Equal(38, Tiles(svg).Count());
        var kalbar = Tiles(svg).Single(g => (string?)g.Attribute("data-code") == "61");
        Assert.Equal(["Kalbar", "3"], kalbar.Elements(Svg + "text").Select(t => t.Value));
        Assert.Equal("Kalimantan Barat: 3", kalbar.Element(Svg + "title")!.Value);
        Assert.Equal(["Aceh", "0"], Tiles(svg).Single(g => (string?)g.Attribute("data-code") == "11").Elements(Svg + "text").Select(t => t.Value));
    }

    [Fact]
    public void Tiles_are_shaded_by_class_and_the_legend_names_every_range()
    {
        var svg = Parse(TileMapSvg.Render([new("11", "Aceh", 1), new("12", "Sumatera Utara", 4), new("13", "Sumatera Barat", 7), new("33", "Jawa Tengah", 12)], "P", "U", "Legenda", Indonesian));

        string Fill(string code) => (string)Tiles(svg).Single(g => (string?)g.Attribute("data-code") == code).Element(Svg + "rect")!.Attribute("fill")!;
        Assert.Equal(ShadeScale.Colours[0].Fill, Fill("14"));
        Assert.Equal(ShadeScale.Colours[1].Fill, Fill("11"));
        Assert.Equal(ShadeScale.Colours[2].Fill, Fill("12"));
        Assert.Equal(ShadeScale.Colours[3].Fill, Fill("13"));
        Assert.Equal(ShadeScale.Colours[4].Fill, Fill("33"));
        var legend = svg.Elements(Svg + "text").Select(t => t.Value).ToList();
        Assert.Equal(["Legenda", "0", "1–3", "4–6", "7–9", "≥ 10"], legend);
    }

    [Fact]
    public void The_tile_map_without_data_shows_every_province_at_zero()
    {
        var svg = Parse(TileMapSvg.Render([], "Peta", "Belum ada", "Legenda", Indonesian));

        Assert.Equal(38, Tiles(svg).Count());
        Assert.All(Tiles(svg), g => Assert.Equal("0", g.Elements(Svg + "text").Last().Value));
        Assert.All(Tiles(svg), g => Assert.Equal(ShadeScale.Colours[0].Fill, (string?)g.Element(Svg + "rect")!.Attribute("fill")));
    }

    [Fact]
    public void Names_and_words_are_escaped_everywhere()
    {
        var markup = TileMapSvg.Render([new("61", Hostile, 2)], Hostile, Hostile, Hostile, Indonesian)
            + FlowSvg.Render([new(Hostile, Hostile, 2, Hostile)], Hostile, Hostile, Hostile, Hostile, Hostile, Indonesian)
            + BarChartSvg.Render([new(Hostile, 2)], Hostile, Hostile, Indonesian);

        Assert.DoesNotContain("<script", markup, StringComparison.Ordinal);
        Assert.DoesNotContain("'x'", markup, StringComparison.Ordinal);
        var flow = Parse(FlowSvg.Render([new(Hostile, "Kota \u0007Singkawang", 2, Hostile)], Hostile, "d", "a", "b", "c", Indonesian));
        Assert.Equal(Hostile, (string?)flow.Attribute("aria-label"));
        Assert.Contains(flow.Descendants(Svg + "text"), t => t.Value == "Kota Singkawang");
    }

    [Fact]
    public void Flows_list_each_province_once_per_column_and_write_each_count()
    {
        FlowLine[] flows =
        [
            new("Sumatera Selatan", "Kalimantan Barat", 5, "a"),
            new("Jawa Tengah", "Kalimantan Barat", 3, "b"),
            new("Sumatera Selatan", "Jawa Timur", 1, "c"),
        ];

        var svg = Parse(FlowSvg.Render(flows, "Aliran", "Uraian", "Pemilik", "Pengadopsi", "Kosong", Indonesian));

        AssertAccessibleFrame(svg, "Aliran", "Uraian");
        var texts = svg.Descendants(Svg + "text").Select(t => t.Value).ToList();
        Assert.Equal(1, texts.Count(t => t == "Sumatera Selatan"));
        Assert.Equal(1, texts.Count(t => t == "Kalimantan Barat"));
        var lines = svg.Elements(Svg + "g").ToList();
        Assert.Equal(3, lines.Count);
        Assert.Equal(["5", "3", "1"], lines.Select(g => g.Element(Svg + "text")!.Value));
        Assert.Equal(["a", "b", "c"], lines.Select(g => g.Element(Svg + "title")!.Value));
        var widths = lines.Select(g => double.Parse((string)g.Element(Svg + "path")!.Attribute("stroke-width")!, CultureInfo.InvariantCulture)).ToList();
        Assert.Equal(widths.OrderDescending(), widths);
        Assert.Equal(12, widths[0]);
    }

    [Fact]
    public void Without_flows_the_picture_says_so()
    {
        var svg = Parse(FlowSvg.Render([], "Aliran", "Kosong", "Pemilik", "Pengadopsi", "Belum ada adopsi.", Indonesian));

        Assert.Empty(svg.Descendants(Svg + "path"));
        Assert.Contains(svg.Elements(Svg + "text"), t => t.Value == "Belum ada adopsi.");
    }

    [Fact]
    public void Bars_carry_their_label_and_value_and_grow_with_the_value()
    {
        var svg = Parse(BarChartSvg.Render([new("Diajukan", 2), new("Berjalan", 1_500), new("Ditolak", 0)], "Status", "Uraian", Indonesian));

        AssertAccessibleFrame(svg, "Status", "Uraian");
        var bars = svg.Elements(Svg + "g").ToList();
        Assert.Equal(["Diajukan", "2", "Berjalan", "1.500", "Ditolak", "0"], bars.SelectMany(g => g.Elements(Svg + "text").Select(t => t.Value)));
        var lengths = bars.Select(g => double.Parse((string)g.Element(Svg + "rect")!.Attribute("width")!, CultureInfo.InvariantCulture)).ToList();
        Assert.Equal(380, lengths[1]);
        Assert.Equal(2, lengths[0]);
        Assert.Equal(0, lengths[2]);
    }

    [Fact]
    public void Bars_of_nothing_are_drawn_without_dividing_by_zero()
    {
        var svg = Parse(BarChartSvg.Render([new("Diajukan", 0), new("Berjalan", 0)], "Status", "Uraian", Indonesian));

        Assert.All(svg.Elements(Svg + "g"), g => Assert.Equal("0", (string?)g.Element(Svg + "rect")!.Attribute("width")));
        Assert.Equal("<svg", BarChartSvg.Render([], "Status", "Uraian", Indonesian)[..4]);
    }

    [Fact]
    public void Coordinates_do_not_depend_on_the_culture()
    {
        var markup = FlowSvg.Render([new("A", "B", 3, "t"), new("C", "D", 1, "t")], "t", "d", "o", "a", "e", new CultureInfo("id"));

        Assert.DoesNotMatch(@"[xy]=""\d+,\d", markup);
        Assert.Matches(@"stroke-width=""\d+(\.\d)?""", markup);
    }
}
