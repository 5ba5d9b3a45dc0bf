using Markdig.Renderers.Html;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;

namespace Marketplace.Web.Features.Content;

/// <summary>
/// Rewrites a parsed document before it is rendered: headings move down one level, refused links become their text,
/// external links get <c>rel</c>, and images not from the site's uploads become their alt text.
/// </summary>
internal static class MarkdownPolicy
{
    public const string ExternalRel = "nofollow ugc noopener";

    public static void Apply(MarkdownDocument document)
    {
        foreach (var heading in document.Descendants<HeadingBlock>())
        {
            heading.Level = Math.Min(heading.Level + 1, 6);
        }

        foreach (var autolink in document.Descendants<AutolinkInline>().ToList())
        {
            Apply(autolink);
        }

        foreach (var link in document.Descendants<LinkInline>().ToList())
        {
            Apply(link);
        }
    }

    private static void Apply(AutolinkInline autolink)
    {
        var target = autolink.IsEmail ? LinkTarget.External : LinkTargets.Classify(autolink.Url);
        if (target == LinkTarget.Refused)
        {
            autolink.ReplaceBy(new LiteralInline(autolink.Url));
        }
        else if (target == LinkTarget.External)
        {
            autolink.GetAttributes().AddProperty("rel", ExternalRel);
        }
    }

    private static void Apply(LinkInline link)
    {
        // A reference link may carry its destination in a delegate; pin it so that what is checked is what is rendered.
        var url = link.GetDynamicUrl?.Invoke() ?? link.Url;
        link.GetDynamicUrl = null;
        link.Url = url;

        if (link.IsImage)
        {
            if (!LinkTargets.IsUploadedImage(url))
            {
                // Without copyChildren: false Markdig moves the image's own inlines after the text: its alt written twice.
                link.ReplaceBy(new LiteralInline(TextOf(link)), copyChildren: false);
            }

            return;
        }

        switch (LinkTargets.Classify(url))
        {
            case LinkTarget.Refused:
                Unwrap(link);
                break;
            case LinkTarget.External:
                link.GetAttributes().AddProperty("rel", ExternalRel);
                break;
        }
    }

    private static void Unwrap(LinkInline link)
    {
        Inline cursor = link;
        while (link.FirstChild is { } child)
        {
            child.Remove();
            cursor.InsertAfter(child);
            cursor = child;
        }

        link.Remove();
    }

    private static string TextOf(ContainerInline container) =>
        string.Concat(container.FindDescendants<Inline>().Select(i => i switch
        {
            LiteralInline literal => literal.Content.ToString(),
            CodeInline code => code.Content,
            _ => "",
        }));
}
