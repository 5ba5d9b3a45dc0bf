using System.Globalization;

namespace Marketplace.Web.Features.Statistics.Svg;

public sealed record Bar(string Label, int Value);

/// <summary>Horizontal bars, each with its label before it and its value written after it (the length is never the only cue).</summary>
public static class BarChartSvg
{
    private const double LabelWidth = 150;
    private const double BarArea = 380;
    private const double ValueWidth = 80;
    private const double Row = 34;
    private const double Pad = 8;

    public static string Render(IReadOnlyList<Bar> bars, string title, string description, CultureInfo culture)
    {
        var max = bars.Count == 0 ? 0 : bars.Max(b => b.Value);
        var width = (2 * Pad) + LabelWidth + BarArea + ValueWidth;
        var height = (2 * Pad) + (Math.Max(1, bars.Count) * Row);
        var svg = new SvgMarkup().Open(width, height, "bar-chart", title, description)
            .Raw($"<line x1=\"{SvgMarkup.N(Pad + LabelWidth)}\" y1=\"{SvgMarkup.N(Pad)}\" x2=\"{SvgMarkup.N(Pad + LabelWidth)}\" y2=\"{SvgMarkup.N(height - Pad)}\" stroke=\"#5b6570\" stroke-width=\"1\"/>");
        for (var i = 0; i < bars.Count; i++)
        {
            var bar = bars[i];
            var y = Pad + (i * Row);
            var length = max <= 0 || bar.Value <= 0 ? 0 : Math.Max(2, bar.Value * BarArea / max);
            var barX = Pad + LabelWidth;
            svg.Raw("<g>")
                .Title($"{bar.Label}: {bar.Value.ToString("N0", culture)}")
                .Text(barX - 10, y + 22, bar.Label, "text-anchor=\"end\" font-size=\"14\" fill=\"#1b1f24\"")
                .Rect(barX, y + 6, length, Row - 12, "fill=\"#0b4f8a\"")
                .Text(barX + length + 8, y + 22, bar.Value.ToString("N0", culture), "font-size=\"14\" font-weight=\"700\" fill=\"#1b1f24\"")
                .Raw("</g>");
        }

        return svg.Close();
    }
}
