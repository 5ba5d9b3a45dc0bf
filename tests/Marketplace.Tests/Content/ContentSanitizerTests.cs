using Marketplace.Web.Features.Content;

namespace Marketplace.Tests.Content;

/// <summary>Raw HTML never reaches the sanitizer through Markdig; these feed it directly to prove the second line holds.</summary>
public sealed class ContentSanitizerTests
{
    private static readonly Ganss.Xss.HtmlSanitizer Sanitizer = ContentSanitizer.Create();

    [Theory]
    [InlineData("<script>alert(1)</script>", "<script")]
    [InlineData("<img src=\"/unggahan/0123456789abcdef0123456789abcdef.png\" onerror=\"alert(1)\">", "onerror")]
    [InlineData("<a href=\"javascript:alert(1)\">x</a>", "javascript:")]
    [InlineData("<a href=\"data:text/html,x\">x</a>", "data:")]
    [InlineData("<p style=\"color:red\">x</p>", "style")]
    [InlineData("<p class=\"admin-banner\">x</p>", "admin-banner")]
    [InlineData("<iframe src=\"https://evil.example\"></iframe>", "iframe")]
    [InlineData("<svg><circle r=\"1\"></circle></svg>", "svg")]
    [InlineData("<h1>judul</h1>", "<h1")]
    [InlineData("<input type=\"text\" disabled>", "<input")]
    [InlineData("<input type=\"checkbox\">", "<input")]
    public void Anything_the_pipeline_does_not_emit_is_removed(string html, string removed) =>
        Assert.DoesNotContain(removed, Sanitizer.Sanitize(html), StringComparison.OrdinalIgnoreCase);

    [Fact]
    public void An_image_from_elsewhere_becomes_its_alt_text()
    {
        var html = Sanitizer.Sanitize("<p><img src=\"https://evil.example/a.png\" alt=\"logo\"></p>");

        Assert.Equal("<p>logo</p>", html);
    }

    [Fact]
    public void What_the_pipeline_emits_passes_unchanged()
    {
        const string html = "<ul class=\"contains-task-list\"><li class=\"task-list-item\"><input disabled=\"disabled\" type=\"checkbox\"> x</li></ul>"
            + "<p><a href=\"https://example.go.id\" rel=\"nofollow ugc noopener\">a</a> <img src=\"/unggahan/0123456789abcdef0123456789abcdef.gif\" alt=\"b\"></p>";

        // Only change: the task's checkbox is labelled by its text.
        Assert.Equal(html.Replace("<input disabled=\"disabled\" type=\"checkbox\"> x", "<label class=\"inline-label\"><input disabled=\"disabled\" type=\"checkbox\"> x</label>", StringComparison.Ordinal), Sanitizer.Sanitize(html));
    }
}
