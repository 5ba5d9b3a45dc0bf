using System.Text;
using Ganss.Xss;
using Markdig;
using Markdig.Renderers;
using Microsoft.AspNetCore.Html;

namespace Marketplace.Web.Features.Content;

/// <summary>
/// One Markdig pipeline, built once, shared by every page: parse, apply <see cref="MarkdownPolicy"/>, render,
/// then sanitize the HTML (after OrchardCore's DefaultMarkdownService).
/// </summary>
public sealed class MarkdownRenderer : IMarkdownRenderer
{
    private const string Ellipsis = "…";

    private readonly MarkdownPipeline _pipeline = new MarkdownPipelineBuilder()
        .DisableHtml()
        .UseEmphasisExtras()
        .UsePipeTables()
        .UseTaskLists()
        .UseAutoLinks()
        .UseSoftlineBreakAsHardlineBreak()
        .Build();

    private readonly HtmlSanitizer _sanitizer = ContentSanitizer.Create();

    public IHtmlContent Render(string? markdown)
    {
        if (string.IsNullOrWhiteSpace(markdown))
        {
            return HtmlString.Empty;
        }

        var document = Markdown.Parse(markdown, _pipeline);
        MarkdownPolicy.Apply(document);
        using var writer = new StringWriter();
        var renderer = new HtmlRenderer(writer);
        _pipeline.Setup(renderer);
        renderer.Render(document);
        writer.Flush();
        return new HtmlString(_sanitizer.Sanitize(writer.ToString()));
    }

    public string PlainText(string? markdown, int maxLength)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(maxLength, 1);
        if (string.IsNullOrWhiteSpace(markdown))
        {
            return "";
        }

        var text = OneLine(Markdown.ToPlainText(markdown, _pipeline));
        if (text.Length <= maxLength)
        {
            return text;
        }

        var cut = text[..(maxLength - Ellipsis.Length + 1)];
        var lastSpace = cut.LastIndexOf(' ');
        cut = lastSpace > 0 ? cut[..lastSpace] : cut[..^1];
        return cut.TrimEnd() + Ellipsis;
    }

    private static string OneLine(string text)
    {
        var builder = new StringBuilder(text.Length);
        foreach (var c in text)
        {
            if (char.IsWhiteSpace(c))
            {
                if (builder.Length > 0 && builder[^1] != ' ')
                {
                    builder.Append(' ');
                }
            }
            else
            {
                builder.Append(c);
            }
        }

        return builder.ToString().TrimEnd();
    }
}
