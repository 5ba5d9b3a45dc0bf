using Microsoft.AspNetCore.Html;

namespace Marketplace.Web.Features.Content;

/// <summary>Turns user-written Markdown (app descriptions, release notes, forum posts) into safe HTML or plain text.</summary>
public interface IMarkdownRenderer
{
    /// <summary>
    /// Sanitized HTML for a Razor page. Headings start at h2 (the page owns h1); links keep only http, https, mailto
    /// and links within the site; images only from the site's uploads.
    /// </summary>
    IHtmlContent Render(string? markdown);

    /// <summary>The text of <paramref name="markdown"/> on one line, cut at a word with an ellipsis past <paramref name="maxLength"/>.</summary>
    string PlainText(string? markdown, int maxLength);
}
