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
        sanitizer.PostProcessDom += (_, e) => LabelTaskCheckboxes(e.Document);
        return sanitizer;
    }

    private static readonly HashSet<string> BlockElements = new(StringComparer.OrdinalIgnoreCase)
    {
        "p", "ul", "ol", "li", "pre", "blockquote", "table", "hr", "h2", "h3", "h4", "h5", "h6", "div",
    };

    /// <summary>
    /// A task list's checkbox gets its item's text as its label (axe: form elements must have labels), by wrapping it and
    /// the text after it, up to any nested block, in a <c>&lt;label&gt;</c>. An item with no text keeps no checkbox.
    /// Runs after sanitizing, over what the sanitizer kept: only disabled checkboxes are left at this point.
    /// </summary>
    private static void LabelTaskCheckboxes(IDocument document)
    {
        foreach (var input in document.QuerySelectorAll("input").ToList())
        {
            var label = document.CreateElement("label");
            label.ClassName = "inline-label"; // the theme's class for a label beside its control, not above it
            input.Before(label);
            for (INode? node = input; node is not null && !(node is IElement e && BlockElements.Contains(e.LocalName));)
            {
                var next = node.NextSibling;
                label.AppendChild(node);
                node = next;
            }

            if (string.IsNullOrWhiteSpace(label.TextContent))
            {
                label.Remove();
            }
        }
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
