using System.Globalization;

namespace Marketplace.Web.Features.Statistics.Svg;

/// <summary>A province's value on the tile map; <paramref name="Name"/> is the full name for the tile's tooltip.</summary>
public sealed record TileValue(string Code, string Name, int Value);

/// <summary>
/// The tile map of the 38 provinces, shaded in five classes (<see cref="ShadeScale"/>) and carrying each province's
/// short label and number as text, with a legend of the class ranges: readable in grey, in high contrast and by
/// whoever cannot tell the shades apart. Provinces without a value show 0.
/// </summary>
public static class TileMapSvg
{
    private const double Tile = 64;
    private const double Gap = 6;
    private const double Pad = 8;
    private const double LegendHeight = 58;

    /// <param name="legendTitle">What the numbers count, written before the legend's swatches.</param>
    public static string Render(IReadOnlyList<TileValue> values, string title, string description, string legendTitle, CultureInfo culture)
    {
        var byCode = values.GroupBy(v => v.Code, StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.First(), StringComparer.Ordinal);
        var scale = ShadeScale.For(values.Count == 0 ? 0 : values.Max(v => v.Value));
        var width = (2 * Pad) + (ProvinceTiles.Columns * (Tile + Gap)) - Gap;
        var mapHeight = (2 * Pad) + (ProvinceTiles.Rows * (Tile + Gap)) - Gap;
        var svg = new SvgMarkup().Open(width, mapHeight + LegendHeight, "tile-map", title, description);

        foreach (var tile in ProvinceTiles.All)
        {
            var value = byCode.GetValueOrDefault(tile.Code);
            var count = value?.Value ?? 0;
            var (fill, ink) = ShadeScale.Colours[scale.ClassOf(count)];
            var x = Pad + (tile.Column * (Tile + Gap));
            var y = Pad + (tile.Row * (Tile + Gap));
            svg.Raw($"<g data-code=\"{SvgMarkup.Escape(tile.Code)}\">")
                .Title($"{value?.Name ?? tile.Label}: {count.ToString("N0", culture)}")
                .Rect(x, y, Tile, Tile, $"rx=\"6\" fill=\"{fill}\" stroke=\"#5b6570\" stroke-width=\"1\"")
                .Text(x + (Tile / 2), y + 20, tile.Label, $"text-anchor=\"middle\" font-size=\"11\" fill=\"{ink}\"")
                .Text(x + (Tile / 2), y + 48, count.ToString("N0", culture), $"text-anchor=\"middle\" font-size=\"20\" font-weight=\"700\" fill=\"{ink}\"")
                .Raw("</g>");
        }

        var legendY = mapHeight + 8;
        svg.Text(Pad, legendY + 14, legendTitle, "font-size=\"13\" font-weight=\"700\" fill=\"#1b1f24\"");
        for (var shade = 0; shade < ShadeScale.Classes; shade++)
        {
            var (fill, ink) = ShadeScale.Colours[shade];
            var x = Pad + (shade * 96);
            svg.Rect(x, legendY + 22, 88, 28, $"rx=\"4\" fill=\"{fill}\" stroke=\"#5b6570\" stroke-width=\"1\"")
                .Text(x + 44, legendY + 41, scale.Label(shade, culture), $"text-anchor=\"middle\" font-size=\"13\" font-weight=\"700\" fill=\"{ink}\"");
        }

        return svg.Close();
    }
}
