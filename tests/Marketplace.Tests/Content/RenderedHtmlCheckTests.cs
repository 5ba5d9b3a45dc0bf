using Marketplace.Testing.Xss;

namespace Marketplace.Tests.Content;

/// <summary>The check itself: it must object to each kind of danger, or its silence on the corpus proves nothing.</summary>
public sealed class RenderedHtmlCheckTests
{
    [Theory]
    [InlineData("<script>alert(1)</script>", "<script> element")]
    [InlineData("<p>a<ScRiPt src=x></ScRiPt></p>", "<script> element")]
    [InlineData("<iframe src=\"https://example.go.id\"></iframe>", "<iframe> element")]
    [InlineData("<object data=\"x\"></object>", "<object> element")]
    [InlineData("<embed src=\"x\">", "<embed> element")]
    [InlineData("<base href=\"https://evil.example/\">", "<base> element")]
    [InlineData("<meta http-equiv=\"refresh\" content=\"0\">", "<meta> element")]
    [InlineData("<form><button>x</button></form>", "<form> element")]
    [InlineData("<svg><circle r=\"1\"></circle></svg>", "<svg> element")]
    [InlineData("<math><mi>x</mi></math>", "<math> element")]
    [InlineData("<style>p{}</style>", "<style> element")]
    [InlineData("<img src=\"/unggahan/0123456789abcdef0123456789abcdef.png\" onerror=\"alert(1)\">", "event handler onerror")]
    [InlineData("<p onmouseover=\"x\">a</p>", "event handler onmouseover")]
    [InlineData("<a href=\"/\" ONCLICK=\"x\">a</a>", "event handler onclick")]
    [InlineData("<p style=\"color:red\">a</p>", "style=")]
    [InlineData("<a href=\"javascript:alert(1)\">a</a>", "scheme 'javascript'")]
    [InlineData("<a href=\"  JaVaScRiPt:alert(1)\">a</a>", "scheme 'javascript'")]
    [InlineData("<a href=\"&#x6A;avascript&colon;alert(1)\">a</a>", "scheme 'javascript'")]
    [InlineData("<a href=\"java&Tab;script:alert(1)\">a</a>", "scheme 'javascript'")]
    [InlineData("<a href=\"java&#x0A;script:alert(1)\">a</a>", "scheme 'javascript'")]
    [InlineData("<a href=\"java\u200Bscript:alert(1)\">a</a>", "scheme 'javascript'")]
    [InlineData("<a href=\"\uFEFF\u0001javascript:alert(1)\">a</a>", "scheme 'javascript'")]
    [InlineData("<a href=\"vbscript:msgbox(1)\">a</a>", "scheme 'vbscript'")]
    [InlineData("<a href=\"data:text/html,x\">a</a>", "scheme 'data'")]
    [InlineData("<a href=\"//evil.example/\">a</a>", "leaves the site")]
    [InlineData("<a href=\"\\\\evil.example\\share\">a</a>", "leaves the site")]
    [InlineData("<a href=\"/\\evil.example\">a</a>", "leaves the site")]
    [InlineData("<area href=\"javascript:x\">", "scheme 'javascript'")]
    [InlineData("<button formaction=\"javascript:x\">a</button>", "scheme 'javascript'")]
    [InlineData("<div><a xlink:href=\"javascript:x\">a</a></div>", "scheme 'javascript'")]
    [InlineData("<img src=\"https://evil.example/p.png\">", "not one of the site's uploads")]
    [InlineData("<img src=\"/unggahan/../appsettings.json\">", "not one of the site's uploads")]
    [InlineData("<img alt=\"x\">", "not one of the site's uploads")]
    public void Known_bad_html_is_reported(string html, string expected)
    {
        var problems = RenderedHtmlCheck.Problems(html);

        Assert.Contains(problems, p => p.Contains(expected, StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("<p>teks <strong>tebal</strong> dan &lt;script&gt;alert(1)&lt;/script&gt;</p>")]
    [InlineData("<p><a href=\"https://example.go.id/a?b=c#d\" rel=\"nofollow ugc noopener\">a</a> <a href=\"http://example.go.id\">b</a></p>")]
    [InlineData("<p><a href=\"mailto:dinas@example.go.id\">surat</a> <a href=\"/katalog\">katalog</a> <a href=\"#bagian\">bagian</a> <a href=\"relatif/jalan\">r</a></p>")]
    [InlineData("<p><a href=\"javascript%3Aalert(1)\">a relative path that only looks like a scheme</a></p>")]
    [InlineData("<p><img src=\"/unggahan/0123456789abcdef0123456789abcdef.png\" alt=\"logo\"></p>")]
    [InlineData("<ul class=\"contains-task-list\"><li class=\"task-list-item\"><input disabled=\"disabled\" type=\"checkbox\"> x</li></ul>")]
    [InlineData("<pre><code>&lt;script&gt;alert(1)&lt;/script&gt; onerror=alert(1) javascript:alert(1)</code></pre>")]
    public void Harmless_html_is_not_reported(string html) => Assert.Empty(RenderedHtmlCheck.Problems(html));

    [Fact]
    public void On_a_page_only_the_chosen_scope_is_checked_and_a_missing_scope_is_a_problem()
    {
        const string page = "<html><head><script src=\"/js/site.js\"></script></head><body><form action=\"/keluar\"></form>"
            + "<div class=\"prose\"><p>aman</p></div><div class=\"prose\"><p onclick=\"x\">b</p></div></body></html>";

        var problems = RenderedHtmlCheck.ProblemsIn(page, ".prose");

        Assert.Equal("<p> has event handler onclick=\"x\"", Assert.Single(problems));
        Assert.Equal("nothing on the page matches .isi", Assert.Single(RenderedHtmlCheck.ProblemsIn(page, ".isi")));
    }
}
