using System.Text;
using System.Text.RegularExpressions;
using AngleSharp.Dom;
using AngleSharp.Html.Parser;

namespace Marketplace.Testing.Xss;

/// <summary>
/// Reads rendered user content the way a browser does (AngleSharp's HTML5 parser, entities decoded) and lists what could
/// run script or leave the site: dangerous elements, event handlers, style, URLs with any scheme but http, https and
/// mailto, and images not from the site's uploads. Independent of the code under test, so it can catch its bugs.
/// </summary>
public static partial class RenderedHtmlCheck
{
    private static readonly HashSet<string> ForbiddenElements = new(StringComparer.OrdinalIgnoreCase)
    {
        "script", "iframe", "frame", "frameset", "object", "embed", "applet", "base", "meta", "link", "form",
        "svg", "math", "style", "template", "noscript",
    };

    private static readonly HashSet<string> UrlAttributes = new(StringComparer.OrdinalIgnoreCase)
    {
        "href", "src", "xlink:href", "action", "formaction", "data", "poster", "background", "srcset", "srcdoc",
    };

    private static readonly HashSet<string> AllowedSchemes = new(StringComparer.Ordinal) { "http", "https", "mailto" };

    /// <summary>Every problem in a fragment of rendered HTML; empty means harmless.</summary>
    public static IReadOnlyList<string> Problems(string html)
    {
        var document = new HtmlParser().ParseDocument("<!DOCTYPE html><html><body>" + html + "</body></html>");
        var problems = new List<string>();
        foreach (var element in document.Body!.Descendants<IElement>())
        {
            Inspect(element, problems);
        }

        return problems;
    }

    /// <summary>
    /// The problems inside every element of a whole page matching <paramref name="selector"/> (for example <c>.prose</c>,
    /// where user content is rendered); the page's own scripts and forms outside them are not user content.
    /// A selector that matches nothing is itself a problem, so a changed page cannot make the check pass unseen.
    /// </summary>
    public static IReadOnlyList<string> ProblemsIn(string pageHtml, string selector)
    {
        var document = new HtmlParser().ParseDocument(pageHtml);
        var scopes = document.QuerySelectorAll(selector);
        if (scopes.Length == 0)
        {
            return [$"nothing on the page matches {selector}"];
        }

        var problems = new List<string>();
        foreach (var element in scopes.SelectMany(s => s.Descendants<IElement>()))
        {
            Inspect(element, problems);
        }

        return problems;
    }

    /// <summary>
    /// A URL as the browser would look at its scheme: entity-decoded already by the parser, then without surrounding
    /// whitespace, control and zero-width characters anywhere, lower-cased.
    /// </summary>
    public static string Normalize(string url)
    {
        var builder = new StringBuilder(url.Length);
        foreach (var c in url.Trim())
        {
            if (!char.IsControl(c) && !IsInvisible(c))
            {
                builder.Append(c);
            }
        }

        return builder.ToString().Trim().ToLowerInvariant();
    }

    /// <summary>Null when <paramref name="url"/> is http, https, mailto or a path on this site; otherwise why not.</summary>
    public static string? UrlProblem(string url)
    {
        var normalized = Normalize(url);
        if (normalized.StartsWith("//", StringComparison.Ordinal) || normalized.StartsWith('\\') || normalized.StartsWith("/\\", StringComparison.Ordinal))
        {
            return "leaves the site without a scheme";
        }

        var end = normalized.IndexOfAny(['/', '?', '#']);
        var head = end < 0 ? normalized : normalized[..end];
        var colon = head.IndexOf(':');
        if (colon < 0)
        {
            return head.Contains('\\') ? "holds a backslash before its path" : null;
        }

        var scheme = head[..colon];
        return AllowedSchemes.Contains(scheme) ? null : $"has scheme '{scheme}'";
    }

    private static void Inspect(IElement element, List<string> problems)
    {
        var name = element.LocalName;
        if (ForbiddenElements.Contains(name))
        {
            problems.Add($"<{name}> element");
        }

        foreach (var attribute in element.Attributes)
        {
            var attributeName = attribute.Name;
            if (attributeName.StartsWith("on", StringComparison.OrdinalIgnoreCase))
            {
                problems.Add($"<{name}> has event handler {attributeName}=\"{attribute.Value}\"");
            }
            else if (attributeName.Equals("style", StringComparison.OrdinalIgnoreCase))
            {
                problems.Add($"<{name}> has style=\"{attribute.Value}\"");
            }
            else if (UrlAttributes.Contains(attributeName) || attribute.LocalName.Equals("href", StringComparison.OrdinalIgnoreCase))
            {
                if (UrlProblem(attribute.Value) is { } why)
                {
                    problems.Add($"<{name}> {attributeName}=\"{attribute.Value}\" {why}");
                }
            }
        }

        if (name == "img" && !UploadedImage().IsMatch(element.GetAttribute("src") ?? ""))
        {
            problems.Add($"<img> src=\"{element.GetAttribute("src")}\" is not one of the site's uploads");
        }
    }

    // Zero-width and other invisible format characters that a filter might not see but a reader of the scheme could.
    private static bool IsInvisible(char c) =>
        c is '\u00AD' or '\u180E' or '\uFEFF' or (>= '\u200B' and <= '\u200F') or (>= '\u2028' and <= '\u202E') or (>= '\u2060' and <= '\u2064');

    [GeneratedRegex(@"\A/unggahan/[0-9a-f]{32}\.(png|jpg|gif|webp)\z", RegexOptions.CultureInvariant)]
    private static partial Regex UploadedImage();
}
