using System.Text.Encodings.Web;
using Marketplace.Web.Features.Content;
using Microsoft.AspNetCore.Html;
using Microsoft.Extensions.Caching.Memory;

namespace Marketplace.Web.Features.Forum;

/// <summary>
/// The sanitized HTML of posts read recently, so a thread page does not run Markdig and the HTML sanitizer for each of its
/// 20 posts on every view (measured with bench/forum.sh: rendering was most of a thread page's time). Keyed by the exact
/// Markdown rendered (the body with its mentions linked), so an edited, hidden or re-linked post can never show stale HTML:
/// new input is a new key, and old entries fall out by size. One shared instance, bounded by characters held (Markdown key
/// plus HTML), not by entries: 5,000 posts at the 20,000-character limit would otherwise hold hundreds of megabytes.
/// </summary>
public sealed class RenderedPosts(IMarkdownRenderer markdown) : IDisposable
{
    /// <summary>About 32 MB of UTF-16: thousands of ordinary posts, a few hundred of the longest.</summary>
    private const long CapacityChars = 16_000_000;
    private readonly MemoryCache _cache = new(new MemoryCacheOptions { SizeLimit = CapacityChars, CompactionPercentage = 0.2 });

    public IHtmlContent Render(string linkedMarkdown)
    {
        if (_cache.TryGetValue(linkedMarkdown, out HtmlString? html) && html is not null)
        {
            return html;
        }

        using var writer = new StringWriter();
        markdown.Render(linkedMarkdown).WriteTo(writer, HtmlEncoder.Default);
        html = new HtmlString(writer.ToString());
        _cache.Set(linkedMarkdown, html, new MemoryCacheEntryOptions { Size = linkedMarkdown.Length + html.Value!.Length, SlidingExpiration = TimeSpan.FromMinutes(30) });
        return html;
    }

    public void Dispose() => _cache.Dispose();
}
