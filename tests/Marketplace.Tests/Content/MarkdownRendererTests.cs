using Marketplace.Web.Features.Content;
using static Marketplace.Tests.Content.MarkdownXssTests;

namespace Marketplace.Tests.Content;

public sealed class MarkdownRendererTests
{
    private const string Upload = "/unggahan/0123456789abcdef0123456789abcdef.png";

    private static readonly MarkdownRenderer Renderer = new();

    [Fact]
    public void Headings_start_below_the_page_title()
    {
        var html = Html(Renderer.Render("# Layanan\n\n## Fitur\n\n###### Catatan"));

        Assert.DoesNotContain("<h1", html, StringComparison.Ordinal);
        Assert.Contains("<h2>Layanan</h2>", html, StringComparison.Ordinal);
        Assert.Contains("<h3>Fitur</h3>", html, StringComparison.Ordinal);
        Assert.Contains("<h6>Catatan</h6>", html, StringComparison.Ordinal);
    }

    [Fact]
    public void Setext_headings_move_down_too()
    {
        var html = Html(Renderer.Render("Layanan\n======="));

        Assert.Contains("<h2>Layanan</h2>", html, StringComparison.Ordinal);
    }

    [Fact]
    public void Lists_tables_and_emphasis_render()
    {
        var html = Html(Renderer.Render(
            "- satu\n- **dua**\n\n1. pertama\n\n| Server | RAM |\n|---|---|\n| app | 4 GB |\n\n~~lama~~ ==baru=="));

        Assert.Contains("<ul>", html, StringComparison.Ordinal);
        Assert.Contains("<li><strong>dua</strong></li>", html, StringComparison.Ordinal);
        Assert.Contains("<ol>", html, StringComparison.Ordinal);
        Assert.Contains("<table>", html, StringComparison.Ordinal);
        Assert.Contains("<th>Server</th>", html, StringComparison.Ordinal);
        Assert.Contains("<td>4 GB</td>", html, StringComparison.Ordinal);
        Assert.Contains("<del>lama</del>", html, StringComparison.Ordinal);
        Assert.Contains("<mark>baru</mark>", html, StringComparison.Ordinal);
    }

    [Fact]
    public void Aligned_table_columns_lose_their_inline_style()
    {
        var html = Html(Renderer.Render("| a | b |\n|:--|--:|\n| 1 | 2 |"));

        Assert.Contains("<td>2</td>", html, StringComparison.Ordinal);
        Assert.DoesNotContain("style", html, StringComparison.Ordinal);
    }

    [Fact]
    public void Task_lists_render_as_disabled_checkboxes()
    {
        var html = Html(Renderer.Render("- [x] server siap\n- [ ] pelatihan"));

        Assert.Contains("<ul class=\"contains-task-list\">", html, StringComparison.Ordinal);
        Assert.Contains("<label class=\"inline-label\"><input disabled=\"disabled\" type=\"checkbox\" checked=\"checked\"> server siap</label>", html, StringComparison.Ordinal);
        Assert.Contains("<label class=\"inline-label\"><input disabled=\"disabled\" type=\"checkbox\"> pelatihan</label>", html, StringComparison.Ordinal);
    }

    [Fact]
    public void A_task_label_stops_before_a_nested_list_and_an_empty_task_keeps_no_checkbox()
    {
        var html = Html(Renderer.Render("- [ ] **siapkan** server\n  - [x] RAM\n- [ ] \n- [x]  \n"));

        Assert.Contains("<label class=\"inline-label\"><input disabled=\"disabled\" type=\"checkbox\"> <strong>siapkan</strong> server\n</label><ul", html, StringComparison.Ordinal);
        Assert.Contains("<label class=\"inline-label\"><input disabled=\"disabled\" type=\"checkbox\" checked=\"checked\"> RAM</label>", html, StringComparison.Ordinal);
        Assert.Equal(2, html.Split("<input").Length - 1);
        Assert.Equal(2, html.Split("<label").Length - 1);
    }

    [Fact]
    public void A_loose_task_list_labels_the_checkbox_inside_its_paragraph()
    {
        var html = Html(Renderer.Render("- [x] pertama\n\n- [ ] kedua"));

        Assert.Contains("<label class=\"inline-label\"><input disabled=\"disabled\" type=\"checkbox\" checked=\"checked\"> pertama</label>", html, StringComparison.Ordinal);
        Assert.Contains("<label class=\"inline-label\"><input disabled=\"disabled\" type=\"checkbox\"> kedua</label>", html, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("[portal](https://example.go.id)")]
    [InlineData("<https://example.go.id>")]
    [InlineData("Lihat https://example.go.id untuk rinciannya")]
    public void External_links_get_nofollow_ugc_noopener(string markdown)
    {
        var html = Html(Renderer.Render(markdown));

        Assert.Contains("href=\"https://example.go.id\"", html, StringComparison.Ordinal);
        Assert.Contains("rel=\"nofollow ugc noopener\"", html, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("[katalog](/katalog/sipd)", "/katalog/sipd")]
    [InlineData("[bagian](#instalasi)", "#instalasi")]
    public void Links_within_the_site_are_kept_without_rel(string markdown, string href)
    {
        var html = Html(Renderer.Render(markdown));

        Assert.Contains($"href=\"{href}\"", html, StringComparison.Ordinal);
        Assert.DoesNotContain("rel=", html, StringComparison.Ordinal);
    }

    [Fact]
    public void Mail_links_are_kept()
    {
        var html = Html(Renderer.Render("[surel](mailto:diskominfo@singkawangkota.go.id)"));

        Assert.Contains("href=\"mailto:diskominfo@singkawangkota.go.id\"", html, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("[berkas](ftp://files.example.go.id/a.zip)")]
    [InlineData("[telepon](tel:+62561123456)")]
    [InlineData("[lain](//evil.example/x)")]
    [InlineData("[lain](/\\evil.example/x)")]
    public void Other_schemes_and_other_hosts_in_disguise_lose_their_link(string markdown)
    {
        var html = Html(Renderer.Render(markdown));

        Assert.DoesNotContain("<a", html, StringComparison.Ordinal);
    }

    [Fact]
    public void Uploaded_images_are_kept()
    {
        var html = Html(Renderer.Render($"![tangkapan layar]({Upload})"));

        Assert.Contains($"<img src=\"{Upload}\" alt=\"tangkapan layar\"", html, StringComparison.Ordinal);
    }

    [Fact]
    public void Single_line_breaks_are_kept_as_in_github_comments()
    {
        var html = Html(Renderer.Render("baris satu\nbaris dua"));

        Assert.Contains("baris satu<br>", html, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("  \n ")]
    public void Nothing_renders_as_nothing(string? markdown) =>
        Assert.Equal("", Html(Renderer.Render(markdown)));

    [Fact]
    public void Plain_text_drops_markup_and_joins_lines()
    {
        var text = Renderer.PlainText("# Judul\n\nAplikasi **SIPD** untuk [daerah](https://example.go.id).\n\n- satu\n- dua", 200);

        Assert.Equal("Judul Aplikasi SIPD untuk daerah. satu dua", text);
    }

    [Fact]
    public void Plain_text_is_cut_at_a_word_with_an_ellipsis()
    {
        var text = Renderer.PlainText("Aplikasi pelayanan perizinan terpadu satu pintu", 30);

        Assert.Equal("Aplikasi pelayanan perizinan…", text);
        Assert.True(text.Length <= 30);
    }

    [Fact]
    public void Plain_text_keeps_raw_html_as_text_for_razor_to_encode()
    {
        var text = Renderer.PlainText("<b>tebal</b>", 100);

        Assert.Equal("<b>tebal</b>", text);
    }
}
