using System.Globalization;

namespace Marketplace.Web.Features.Statistics.Svg;

/// <summary>One line of the flow picture: from the owners' province to the adopters' province, with how many adoptions.</summary>
public sealed record FlowLine(string Origin, string Adopter, int Count, string Tooltip);

/// <summary>
/// Origin-to-adopter flows as two columns: origin provinces on the left, adopter provinces on the right, a curve for
/// each flow whose width grows with its count and which carries the count as text. Each column lists a province once,
/// busiest first. The caller chooses the flows (the statistics page takes the ten largest).
/// </summary>
public static class FlowSvg
{
    private const double Width = 760;
    private const double LeftX = 250;
    private const double RightX = 510;
    private const double Row = 36;
    private const double Top = 44;
    private const double NodeHalf = 13;

    /// <param name="originHeading">Heading of the left column.</param>
    /// <param name="adopterHeading">Heading of the right column.</param>
    /// <param name="emptyText">Written in the picture when there are no flows.</param>
    public static string Render(IReadOnlyList<FlowLine> flows, string title, string description, string originHeading, string adopterHeading, string emptyText, CultureInfo culture)
    {
        var origins = Column(flows, f => f.Origin);
        var adopters = Column(flows, f => f.Adopter);
        var height = Top + (Math.Max(1, Math.Max(origins.Count, adopters.Count)) * Row) + 8;
        var svg = new SvgMarkup().Open(Width, height, "flow-map", title, description)
            .Text(LeftX, 20, originHeading, "text-anchor=\"end\" font-size=\"14\" font-weight=\"700\" fill=\"#1b1f24\"")
            .Text(RightX, 20, adopterHeading, "font-size=\"14\" font-weight=\"700\" fill=\"#1b1f24\"");
        if (flows.Count == 0)
        {
            return svg.Text(Width / 2, Top + 20, emptyText, "text-anchor=\"middle\" font-size=\"14\" fill=\"#4a5560\"").Close();
        }

        var max = flows.Max(f => Math.Max(1, f.Count));
        for (var i = 0; i < flows.Count; i++)
        {
            var flow = flows[i];

            // Each flow leaves and enters its province at its own height, so lines sharing a province stay apart.
            var (x0, y0) = (LeftX + 10, RowY(origins.IndexOf(flow.Origin)) + Spread(flows, i, f => f.Origin));
            var (x1, y1) = (RightX - 10, RowY(adopters.IndexOf(flow.Adopter)) + Spread(flows, i, f => f.Adopter));
            var middle = (x0 + x1) / 2;
            var stroke = 2 + (10.0 * Math.Max(0, flow.Count) / max);

            // Labels sit near the adopter's end of their curve, where each province has its own row; flows into the
            // same province step left one label width each, so no two numbers stack.
            var place = SameAdopterIndex(flows, i);
            var (lx, ly) = PointAtX(x1 - 26 - (place * 34), (x0, y0), (middle, y0), (middle, y1), (x1, y1));
            var label = flow.Count.ToString("N0", culture);
            var labelWidth = 12 + (label.Length * 8);
            svg.Raw("<g>").Title(flow.Tooltip)
                .Raw($"<path d=\"M{SvgMarkup.N(x0)} {SvgMarkup.N(y0)} C{SvgMarkup.N(middle)} {SvgMarkup.N(y0)} {SvgMarkup.N(middle)} {SvgMarkup.N(y1)} {SvgMarkup.N(x1)} {SvgMarkup.N(y1)}\" ")
                .Raw($"fill=\"none\" stroke=\"#2b68a6\" stroke-opacity=\"0.7\" stroke-width=\"{SvgMarkup.N(stroke)}\" stroke-linecap=\"round\"/>")
                .Rect(lx - (labelWidth / 2), ly - 10, labelWidth, 20, "rx=\"10\" fill=\"#ffffff\" stroke=\"#0b3a66\" stroke-width=\"1\"")
                .Text(lx, ly + 5, label, "text-anchor=\"middle\" font-size=\"13\" font-weight=\"700\" fill=\"#0b3a66\"")
                .Raw("</g>");
        }

        for (var i = 0; i < origins.Count; i++)
        {
            svg.Rect(LeftX + 2, RowY(i) - NodeHalf, 8, 2 * NodeHalf, "fill=\"#0b3a66\"")
                .Text(LeftX - 6, RowY(i) + 5, origins[i], "text-anchor=\"end\" font-size=\"13\" fill=\"#1b1f24\"");
        }

        for (var i = 0; i < adopters.Count; i++)
        {
            svg.Rect(RightX - 10, RowY(i) - NodeHalf, 8, 2 * NodeHalf, "fill=\"#0b3a66\"")
                .Text(RightX + 6, RowY(i) + 5, adopters[i], "font-size=\"13\" fill=\"#1b1f24\"");
        }

        return svg.Close();
    }

    private static double RowY(int index) => Top + (index * Row) + (Row / 2);

    /// <summary>Where flow <paramref name="index"/> meets its province's bar: its place among the flows of that province.</summary>
    private static double Spread(IReadOnlyList<FlowLine> flows, int index, Func<FlowLine, string> side)
    {
        var name = side(flows[index]);
        var sharing = flows.Select((f, i) => (f, i)).Where(x => side(x.f) == name).Select(x => x.i).ToList();
        return sharing.Count == 1 ? 0 : -NodeHalf + 3 + ((2 * NodeHalf - 6) * sharing.IndexOf(index) / (sharing.Count - 1));
    }

    /// <summary>The distinct names of one column, the one with most adoptions first (ties by name).</summary>
    private static List<string> Column(IReadOnlyList<FlowLine> flows, Func<FlowLine, string> name) =>
        [.. flows.GroupBy(name, StringComparer.Ordinal).OrderByDescending(g => g.Sum(f => f.Count)).ThenBy(g => g.Key, StringComparer.Ordinal).Select(g => g.Key)];

    private static int SameAdopterIndex(IReadOnlyList<FlowLine> flows, int index) =>
        flows.Take(index).Count(f => f.Adopter == flows[index].Adopter);

    /// <summary>The point of the curve at horizontal position <paramref name="x"/> (the curve's x grows with t).</summary>
    private static (double X, double Y) PointAtX(double x, (double X, double Y) p0, (double X, double Y) p1, (double X, double Y) p2, (double X, double Y) p3)
    {
        var (low, high) = (0.0, 1.0);
        for (var step = 0; step < 30; step++)
        {
            var mid = (low + high) / 2;
            if (Bezier(mid, p0, p1, p2, p3).X < x)
            {
                low = mid;
            }
            else
            {
                high = mid;
            }
        }

        return Bezier(Math.Max(0, low), p0, p1, p2, p3);
    }

    private static (double X, double Y) Bezier(double t, (double X, double Y) p0, (double X, double Y) p1, (double X, double Y) p2, (double X, double Y) p3)
    {
        var u = 1 - t;
        return (
            (u * u * u * p0.X) + (3 * u * u * t * p1.X) + (3 * u * t * t * p2.X) + (t * t * t * p3.X),
            (u * u * u * p0.Y) + (3 * u * u * t * p1.Y) + (3 * u * t * t * p2.Y) + (t * t * t * p3.Y));
    }
}
