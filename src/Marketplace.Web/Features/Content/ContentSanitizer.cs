using AngleSharp.Css.Dom;
using AngleSharp.Dom;
using Ganss.Xss;

namespace Marketplace.Web.Features.Content;

/// <summary>
/// The last line of defence after Markdig: an allow-list of exactly what the pipeline emits. Raw HTML is disabled,
/// so anything outside this list would mean a bug in the pipeline, and is dropped.
/// </summary>
internal static class ContentSanitizer
{
    public static HtmlSanitizer Create()
    {
        var sanitizer = new HtmlSanitizer(new HtmlSanitizerOptions
        {
            AllowedTags = new HashSet<string>(StringComparer.OrdinalIgnoreCase)
            {
                "p", "br", "hr", "h2", "h3", "h4", "h5", "h6", "blockquote", "pre", "code",
                "em", "strong", "del", "ins", "mark", "sub", "sup",
                "ul", "ol", "li", "input", "table", "thead", "tbody", "tr", "th", "td", "a", "img",
            },
            AllowedAttributes = new HashSet<string>(StringComparer.OrdinalIgnoreCase)
            {
                "href", "title", "rel", "src", "alt", "start", "class", "type", "checked", "disabled",
            },
            // Only the classes Markdig writes for task lists; an empty set would allow every class.
            AllowedClasses = new HashSet<string>(StringComparer.Ordinal) { "contains-task-list", "task-list-item", "task-list-item-checkbox" },
            AllowedSchemes = new HashSet<string>(StringComparer.OrdinalIgnoreCase) { "http", "https", "mailto" },
            UriAttributes = new HashSet<string>(StringComparer.OrdinalIgnoreCase) { "href", "src" },
            AllowedCssProperties = new HashSet<string>(),
            AllowedAtRules = new HashSet<CssRuleType>(),
        });
        sanitizer.PostProcessNode += (_, e) => Check(e.Node);
        return sanitizer;
    }

    private static void Check(INode node)
    {
        switch (node)
        {
            case IElement { LocalName: "img" } img when !LinkTargets.IsUploadedImage(img.GetAttribute("src")):
                img.Replace(img.Owner!.CreateTextNode(img.GetAttribute("alt") ?? ""));
                break;
            case IElement { LocalName: "input" } input
                when input.GetAttribute("type") != "checkbox" || !input.HasAttribute("disabled"):
                input.Remove();
                break;
        }
    }
}
