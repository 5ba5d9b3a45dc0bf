using System.Text.RegularExpressions;
using Marketplace.Web.Features.Content;
using Microsoft.AspNetCore.Html;

namespace Marketplace.Tests.Content;

public sealed partial class MarkdownXssTests
{
    private static readonly MarkdownRenderer Renderer = new();

    public static TheoryData<string> Vectors =>
    [
        "<script>alert(1)</script>",
        "<SCRIPT SRC=https://evil.example/x.js></SCRIPT>",
        "<img src=x onerror=alert(1)>",
        "<img src=\"/unggahan/0123456789abcdef0123456789abcdef.png\" onerror=\"alert(1)\">",
        "<a href=\"javascript:alert(1)\">klik</a>",
        "<a href=\"  javascript:alert(1)\">klik</a>",
        "[klik](javascript:alert(1))",
        "[klik](JaVaScRiPt:alert(1))",
        "[klik](  javascript:alert(1)  )",
        "[klik](jav&#x09;ascript:alert(1))",
        "[klik](jav&#x0A;ascript:alert(1))",
        "[klik](&#106;&#97;&#118;&#97;&#115;&#99;&#114;&#105;&#112;&#116;&#58;alert(1))",
        "[klik](java%0ascript:alert(1))",
        "[klik](<javascript:alert(1)>)",
        "[klik](vbscript:msgbox(1))",
        "[klik](data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==)",
        "![x](javascript:alert(1))",
        "![x](data:image/svg+xml;base64,PHN2ZyBvbmxvYWQ9YWxlcnQoMSk+)",
        "<javascript:alert(1)>",
        "<vbscript:msgbox(1)>",
        "<data:text/html,<script>alert(1)</script>>",
        "[klik][ref]\n\n[ref]: javascript:alert(1)",
        "![gambar][ref]\n\n[ref]: javascript:alert(1)",
        "[klik]\n\n[klik]: data:text/html,alert(1)",
        "<svg onload=alert(1)><circle r=10></circle></svg>",
        "<iframe src=\"https://evil.example\"></iframe>",
        "<object data=\"https://evil.example/x.swf\"></object><embed src=\"https://evil.example/x.swf\">",
        "<p style=\"background:url(javascript:alert(1))\">teks</p>",
        "<style>body{background:url(javascript:alert(1))}</style>",
        "<math><mtext><table><mglyph><style><img src=x onerror=alert(1)>",
        "<form action=\"https://evil.example\"><input type=submit></form>",
        "&lt;script&gt;alert(1)&lt;/script&gt;",
        "**<img src=x onerror=alert(1)>**",
        "[**tebal** <b onmouseover=alert(1)>x</b>](javascript:alert(1))",
        "[![x](/unggahan/0123456789abcdef0123456789abcdef.png)](javascript:alert(1))",
        "<div>\n\n[klik](javascript:alert(1))\n\n</div>",
        "`<script>alert(1)</script>`",
        "```html\n<script>alert(1)</script>\n```",
        "| a | b |\n|---|---|\n| <script>alert(1)</script> | [x](javascript:alert(1)) |",
        "- [ ] <input type=text onfocus=alert(1) autofocus>",
        "<a href=\"https://example.go.id\" onclick=\"alert(1)\">x</a>",
        "[x](https://example.go.id \"judul\" onclick=alert(1))",
        "[x](https://example.go.id\"onmouseover=\"alert(1))",
        "![x](https://example.go.id/a.png\"onerror=\"alert(1))",
        "javascript:alert(1) www.example.go.id\" onmouseover=\"alert(1)",
        "<details open ontoggle=alert(1)>",
        "<base href=\"javascript:alert(1)//\">",
        "<meta http-equiv=\"refresh\" content=\"0;url=javascript:alert(1)\">",
        "[x](\\\\evil.example/share)",
    ];

    [Theory]
    [MemberData(nameof(Vectors))]
    public void Rendered_markdown_contains_nothing_executable(string markdown)
    {
        var html = Html(Renderer.Render(markdown));

        Assert.DoesNotContain("<script", html, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotMatch(EventHandlerAttribute(), html);
        Assert.DoesNotMatch(DangerousUrl(), html);
        Assert.DoesNotMatch(DangerousTag(), html);
        Assert.DoesNotMatch(StyleAttribute(), html);
    }

    [Fact]
    public void Raw_html_is_shown_as_text_rather_than_dropped()
    {
        var html = Html(Renderer.Render("<script>alert(1)</script>"));

        Assert.Contains("&lt;script&gt;alert(1)&lt;/script&gt;", html, StringComparison.Ordinal);
    }

    [Fact]
    public void A_refused_link_keeps_its_text()
    {
        var html = Html(Renderer.Render("[klik di sini](javascript:alert(1))"));

        Assert.DoesNotContain("<a", html, StringComparison.Ordinal);
        Assert.Contains("klik di sini", html, StringComparison.Ordinal);
    }

    [Fact]
    public void An_image_from_another_host_becomes_its_alt_text()
    {
        var html = Html(Renderer.Render("![logo dinas](https://evil.example/pixel.png)"));

        Assert.DoesNotContain("<img", html, StringComparison.Ordinal);
        Assert.DoesNotContain("evil.example", html, StringComparison.Ordinal);
        Assert.Contains("logo dinas", html, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("![logo dinas](https://evil.example/pixel.png)", "<p>logo dinas</p>")]
    [InlineData("![x](javascript:alert(1))", "<p>x</p>")]
    [InlineData("![gambar *miring* `kode`][g]\n\n[g]: data:text/html,x", "<p>gambar miring kode</p>")]
    public void A_refused_image_leaves_its_alt_text_once(string markdown, string expected) =>
        Assert.Equal(expected, Html(Renderer.Render(markdown)).Trim());

    [Theory]
    [InlineData("![x](/unggahan/../appsettings.json)")]
    [InlineData("![x](/unggahan/0123456789ABCDEF0123456789ABCDEF.png)")]
    [InlineData("![x](/unggahan/0123456789abcdef0123456789abcdef.svg)")]
    [InlineData("![x](//evil.example/unggahan/0123456789abcdef0123456789abcdef.png)")]
    [InlineData("![x](/unggahan/0123456789abcdef0123456789abcdef.png?x=1)")]
    public void Images_must_be_exactly_an_uploaded_file(string markdown) =>
        Assert.DoesNotContain("<img", Html(Renderer.Render(markdown)), StringComparison.Ordinal);

    internal static string Html(IHtmlContent content)
    {
        using var writer = new StringWriter();
        content.WriteTo(writer, System.Text.Encodings.Web.HtmlEncoder.Default);
        return writer.ToString();
    }

    // An attribute named on...= inside a tag; text that merely says "onerror=" outside a tag is harmless.
    [GeneratedRegex(@"<[^>]*\son[a-z]+\s*=", RegexOptions.IgnoreCase)]
    private static partial Regex EventHandlerAttribute();

    // Any of these schemes inside a tag; as text between tags they are only words.
    [GeneratedRegex(@"<[^>]*(javascript|vbscript|data)\s*:", RegexOptions.IgnoreCase)]
    private static partial Regex DangerousUrl();

    [GeneratedRegex(@"<[^>]*\sstyle\s*=", RegexOptions.IgnoreCase)]
    private static partial Regex StyleAttribute();

    [GeneratedRegex(@"<\s*(iframe|object|embed|svg|math|form|style|base|meta|link|details|button|textarea|select)\b", RegexOptions.IgnoreCase)]
    private static partial Regex DangerousTag();
}
