using Marketplace.Web.Features.Search;
using static Marketplace.Tests.Search.TempSearchIndex;

namespace Marketplace.Tests.Search;

public sealed class SnippetTests : IDisposable
{
    private readonly TempSearchIndex _temp = new();

    public void Dispose() => _temp.Dispose();

    [Fact]
    public async Task Html_in_the_text_comes_out_encoded()
    {
        await _temp.AddAsync(App("1", "Layanan aduan", body: "Kirim <script>alert('x')</script> & <b>aduan</b> warga \"sekarang\"."));

        var snippet = Snippet("aduan");

        Assert.DoesNotContain("<script>", snippet, StringComparison.Ordinal);
        Assert.DoesNotContain("<b>", snippet, StringComparison.Ordinal);
        Assert.Contains("&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt; &amp; &lt;b&gt;<mark>aduan</mark>&lt;/b&gt;", snippet, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_stemmed_match_is_marked_where_it_stands()
    {
        await _temp.AddAsync(App("1", "Mal", body: "Warga datang ke mal untuk pelayanan administrasi dan dilayani petugas."));

        var snippet = Snippet("layanan");

        Assert.Contains("<mark>pelayanan</mark>", snippet, StringComparison.Ordinal);
        Assert.Contains("<mark>dilayani</mark>", snippet, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_window_with_the_most_matched_words_is_chosen()
    {
        var filler = string.Join(' ', Enumerable.Repeat("tanpa kaitan apa pun", 40));
        await _temp.AddAsync(App("1", "Judul", body: "Retribusi disebut sekali. " + filler + " Retribusi pasar dibayar non-tunai di pasar tradisional. " + filler));

        var snippet = Snippet("retribusi pasar");

        Assert.StartsWith("…", snippet, StringComparison.Ordinal);
        Assert.Contains("<mark>Retribusi</mark> <mark>pasar</mark>", snippet, StringComparison.Ordinal);
        Assert.True(snippet.Length < 400, snippet);
    }

    [Fact]
    public async Task Without_a_match_in_the_text_the_snippet_is_its_start()
    {
        await _temp.AddAsync(App("1", "Parkir Kota", summary: "Ringkasan aplikasi.", body: string.Join(' ', Enumerable.Repeat("kata", 200))));

        var snippet = Snippet("parkir");

        Assert.StartsWith("Ringkasan aplikasi. kata", snippet, StringComparison.Ordinal);
        Assert.EndsWith("…", snippet, StringComparison.Ordinal);
        Assert.DoesNotContain("<mark>", snippet, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_quoted_phrase_marks_its_stop_words_too()
    {
        await _temp.AddAsync(App("1", "Parkir", body: "Juru parkir menerima bagi hasil setiap hari."));

        Assert.Contains("<mark>bagi</mark> <mark>hasil</mark>", Snippet("\"bagi hasil\""), StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_e_prefix_is_marked_whole()
    {
        await _temp.AddAsync(App("1", "Kota", body: "Aplikasi e-Parkir dipakai juru parkir."));

        var snippet = Snippet("e-parkir");

        Assert.Contains("<mark>e-Parkir</mark>", snippet, StringComparison.Ordinal);
        Assert.Contains("<mark>parkir</mark>", snippet, StringComparison.Ordinal);
    }

    private string Snippet(string text) => _temp.Index.Search(new SearchRequest { Text = text }).Hits.Single().SnippetHtml;
}
