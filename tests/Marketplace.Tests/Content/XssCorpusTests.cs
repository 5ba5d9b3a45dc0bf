using Marketplace.Testing.Xss;
using Marketplace.Web.Features.Content;

namespace Marketplace.Tests.Content;

/// <summary>Every payload of the shared corpus through the one real renderer, read back by the independent check.</summary>
public sealed class XssCorpusTests
{
    private static readonly MarkdownRenderer Renderer = new();

    public static TheoryData<string> Names => [.. XssCorpus.All.Select(p => p.Name)];

    [Fact]
    public void The_corpus_is_large_names_each_payload_once_and_covers_every_family()
    {
        Assert.True(XssCorpus.All.Count >= 60, $"Only {XssCorpus.All.Count} payloads.");
        Assert.Equal(XssCorpus.All.Count, XssCorpus.All.Select(p => p.Name).Distinct(StringComparer.Ordinal).Count());
        Assert.Equal(XssCorpus.All.Count, XssCorpus.All.Select(p => p.Markdown).Distinct(StringComparer.Ordinal).Count());
        string[] families = ["script", "event", "url", "markdown", "svg", "mathml", "embed", "style", "entity", "comment", "template"];
        Assert.Empty(families.Except(XssCorpus.All.Select(p => p.Category)));
    }

    [Theory]
    [MemberData(nameof(Names))]
    public void A_payload_renders_to_nothing_the_check_objects_to(string name)
    {
        var payload = XssCorpus.Get(name);

        var html = MarkdownXssTests.Html(Renderer.Render(payload.Markdown));

        Assert.True(RenderedHtmlCheck.Problems(html).Count == 0, $"{name} rendered as:\n{html}\nProblems:\n{string.Join("\n", RenderedHtmlCheck.Problems(html))}");
    }

    [Fact]
    public void The_whole_corpus_in_one_document_renders_harmless_and_keeps_every_marker()
    {
        var html = MarkdownXssTests.Html(Renderer.Render(XssCorpus.AsOneDocument()));

        Assert.Empty(RenderedHtmlCheck.Problems(html));
        Assert.All(XssCorpus.All, p => Assert.Contains($"<p>{XssCorpus.Marker(p)}</p>", html, StringComparison.Ordinal));
    }

    [Fact]
    public void Batches_hold_every_payload_once_in_order_and_fit_the_limit()
    {
        var batches = XssCorpus.Batches(4000);

        Assert.True(batches.Count > 1);
        Assert.Equal(XssCorpus.All, batches.SelectMany(b => b));
        Assert.All(batches, b => Assert.InRange(XssCorpus.AsOneDocument(b).Length, 1, 4000));
    }

    [Fact]
    public void Safe_links_in_the_corpus_still_render_as_links()
    {
        // The check passing is only meaningful if the renderer still emits links and images where it should.
        var html = MarkdownXssTests.Html(Renderer.Render(XssCorpus.Get("markdown-link-text-html").Markdown + "\n\n" + XssCorpus.Get("markdown-alt-quote-breakout").Markdown));

        Assert.Contains("<a href=\"https://example.go.id\"", html, StringComparison.Ordinal);
        Assert.Contains($"<img src=\"{XssCorpus.UploadedImage}\"", html, StringComparison.Ordinal);
        Assert.Empty(RenderedHtmlCheck.Problems(html));
    }
}
