using System.Globalization;
using System.Text;

namespace Marketplace.Web.Features.Statistics.Svg;

/// <summary>
/// Writes inline SVG for the statistics pictures: text and attribute values escaped, numbers with invariant
/// coordinates, and the accessible frame every picture has (role="img", aria-label, title and desc).
/// </summary>
internal sealed class SvgMarkup
{
    private readonly StringBuilder _markup = new();

    /// <summary>Text safe inside an element or a double-quoted attribute; control characters (invalid in XML) are dropped.</summary>
    public static string Escape(string? text)
    {
        var escaped = new StringBuilder((text ?? "").Length);
        foreach (var c in text ?? "")
        {
            switch (c)
            {
                case '&': escaped.Append("&amp;"); break;
                case '<': escaped.Append("&lt;"); break;
                case '>': escaped.Append("&gt;"); break;
                case '"': escaped.Append("&quot;"); break;
                case '\'': escaped.Append("&#39;"); break;
                case '\t' or '\n' or '\r': escaped.Append(' '); break;
                default:
                    if (!char.IsControl(c))
                    {
                        escaped.Append(c);
                    }

                    break;
            }
        }

        return escaped.ToString();
    }

    /// <summary>A coordinate or length: invariant, at most one decimal.</summary>
    public static string N(double value) => Math.Round(value, 1).ToString("0.#", CultureInfo.InvariantCulture);

    /// <summary>Opens the picture: role="img" with its name, then title and desc, which are also the text-only description.</summary>
    public SvgMarkup Open(double width, double height, string cssClass, string title, string description)
    {
        _markup.Append($"<svg xmlns=\"http://www.w3.org/2000/svg\" class=\"{Escape(cssClass)}\" viewBox=\"0 0 {N(width)} {N(height)}\" ")
            .Append($"width=\"{N(width)}\" height=\"{N(height)}\" role=\"img\" aria-label=\"{Escape(title)}\">")
            .Append($"<title>{Escape(title)}</title><desc>{Escape(description)}</desc>");
        return this;
    }

    public SvgMarkup Raw(string markup)
    {
        _markup.Append(markup);
        return this;
    }

    public SvgMarkup Text(double x, double y, string text, string attributes = "")
    {
        _markup.Append($"<text x=\"{N(x)}\" y=\"{N(y)}\"{(attributes.Length > 0 ? " " + attributes : "")}>{Escape(text)}</text>");
        return this;
    }

    public SvgMarkup Rect(double x, double y, double width, double height, string attributes)
    {
        _markup.Append($"<rect x=\"{N(x)}\" y=\"{N(y)}\" width=\"{N(width)}\" height=\"{N(height)}\" {attributes}/>");
        return this;
    }

    /// <summary>A tooltip for the element it is the first child of.</summary>
    public SvgMarkup Title(string text)
    {
        _markup.Append($"<title>{Escape(text)}</title>");
        return this;
    }

    public string Close() => _markup.Append("</svg>").ToString();
}
