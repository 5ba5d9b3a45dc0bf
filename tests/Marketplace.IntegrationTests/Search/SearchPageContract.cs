using System.Net;
using Marketplace.IntegrationTests.Catalog;
using Marketplace.IntegrationTests.Fixtures;
using Marketplace.IntegrationTests.Support;
using Marketplace.Testing;
using Marketplace.Web.Features.Accounts;
using Marketplace.Web.Features.Forum;
using Marketplace.Web.Features.Search;
using static Marketplace.IntegrationTests.Search.SearchFlows;

namespace Marketplace.IntegrationTests.Search;

/// <summary>/cari: hits of every type with their region, highlights, filters with counts, and answers to bad parameters.</summary>
public abstract class SearchPageContract(IHostFixture fixture) : SharedHostTest(fixture)
{
    [Fact]
    public async Task Hits_of_every_type_show_their_region_a_highlighted_snippet_and_a_date()
    {
        var word = UniqueWord();
        var (_, semarang) = await ApiCalls.PublisherAsync(Host, "33.74");
        await ApiCalls.CreateAsync(semarang, ApiCalls.NewApp($"Aplikasi {word} Semarang"));
        var (palembang, _) = await AdoptionArrangements.SignedInAsync(Host, Roles.Anggota, "16.71");
        var (thread, _) = await ForumFlows.StartThreadAsync(palembang, "umum", $"Diskusi {word} Palembang", $"Bagaimana daerah lain memakai {word}?");
        using var reply = await ForumFlows.ReplyAsync(palembang, thread, $"Kami juga memakai {word} sejak tahun lalu.");
        await CaughtUpAsync(Host);
        using var client = Host.CreateClient();

        var html = await Html.GetPageAsync(client, $"/cari?q={word}");

        Assert.Equal(3, PageHitTitles(html).Count);
        Assert.Contains("<h2 id=\"hasil\">3 hasil", html, StringComparison.Ordinal);
        Assert.Contains($"<mark>{word}</mark>", html, StringComparison.Ordinal);
        Assert.Contains("<a href=\"/wilayah/33.74\">Kota Semarang</a>", html, StringComparison.Ordinal);
        Assert.Contains("<a href=\"/wilayah/16.71\">Kota Palembang</a>", html, StringComparison.Ordinal);
        Assert.Contains("<span class=\"badge\">Aplikasi</span>", html, StringComparison.Ordinal);
        Assert.Contains("<span class=\"badge\">Topik forum</span>", html, StringComparison.Ordinal);
        Assert.Contains("<span class=\"badge\">Pesan forum</span>", html, StringComparison.Ordinal);
        Assert.Contains($"datetime=\"{DateTimeOffset.UtcNow:yyyy-MM-dd}\"", html, StringComparison.Ordinal);
        Assert.Contains("Jawa Tengah (1)", PageFacet(html, "province"));
        Assert.Contains("Sumatera Selatan (2)", PageFacet(html, "province"));
        Assert.Contains("Aplikasi (1)", PageFacet(html, "type"));
    }

    [Fact]
    public async Task A_province_filter_narrows_hits_and_counts_and_can_be_removed()
    {
        var word = UniqueWord();
        var (_, semarang) = await ApiCalls.PublisherAsync(Host, "33.74");
        var (_, palembang) = await ApiCalls.PublisherAsync(Host, "16.71");
        await ApiCalls.CreateAsync(semarang, ApiCalls.NewApp($"Satu {word}"));
        await ApiCalls.CreateAsync(semarang, ApiCalls.NewApp($"Dua {word}"));
        await ApiCalls.CreateAsync(palembang, ApiCalls.NewApp($"Tiga {word}"));
        await CaughtUpAsync(Host);
        using var client = Host.CreateClient();

        var all = await Html.GetPageAsync(client, $"/cari?q={word}");
        var filtered = await Html.GetPageAsync(client, $"/cari?q={word}&province=33");

        Assert.Contains("Aplikasi (3)", PageFacet(all, "type"));
        Assert.Equal(2, PageHitTitles(filtered).Count);
        Assert.Contains("Aplikasi (2)", PageFacet(filtered, "type"));
        Assert.Contains("Kota Semarang (2)", PageFacet(filtered, "region"));
        Assert.Contains($"href=\"/cari?q={word}\">Hapus saringan Provinsi: Jawa Tengah</a>", filtered, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("type=kucing", "Jenis \"kucing\" tidak dikenal.")]
    [InlineData("halaman=0", "Halaman \"0\" tidak ada: pilih halaman 1 sampai 500.")]
    [InlineData("halaman=-5", "Halaman \"-5\" tidak ada: pilih halaman 1 sampai 500.")]
    [InlineData("halaman=99999999", "Halaman \"99999999\" tidak ada: pilih halaman 1 sampai 500.")]
    [InlineData("halaman=abc", "Halaman harus berupa angka, bukan \"abc\".")]
    [InlineData("province=99", "Provinsi \"99\" tidak dikenal.")]
    [InlineData("region=33.99", "Wilayah \"33.99\" tidak dikenal.")]
    [InlineData("maturity=matang", "Kematangan \"matang\" tidak dikenal.")]
    [InlineData("sort=acak", "Urutkan \"acak\" tidak dikenal.")]
    public async Task A_bad_parameter_is_named_in_Indonesian_and_the_page_still_answers(string parameter, string message)
    {
        using var client = Host.CreateClient();

        var html = System.Net.WebUtility.HtmlDecode(await Html.GetPageAsync(client, $"/cari?q=layanan&{parameter}"));

        Assert.Contains(message, html, StringComparison.Ordinal);
        Assert.Contains("Sebagian isian pencarian tidak dapat dipakai dan diabaikan", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_five_thousand_character_query_is_refused_with_a_message()
    {
        using var client = Host.CreateClient();

        var html = await Html.GetPageAsync(client, "/cari?q=" + new string('a', 5000));

        Assert.Contains("Kata pencarian terlalu panjang: paling banyak 500 karakter.", html, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("\"((foo AND bar:[* TO")]
    [InlineData("title:*~^3 OR )")]
    [InlineData("\\ / ! ? { } - + && ||")]
    [InlineData("*")]
    public async Task Query_syntax_Lucene_cannot_parse_still_answers(string q)
    {
        using var client = Host.CreateClient();

        await Html.GetPageAsync(client, "/cari?q=" + Uri.EscapeDataString(q));
        using var api = await client.GetAsync("/api/v1/search?q=" + Uri.EscapeDataString(q));

        Assert.Equal(HttpStatusCode.OK, api.StatusCode);
    }

    [Fact]
    public async Task A_misspelt_word_is_searched_by_its_near_spelling_and_the_page_says_so()
    {
        // Letters only: the engine leaves words with digits alone.
        var word = IndexingProbe.UniqueWord();
        var (_, publisher) = await ApiCalls.PublisherAsync(Host, "33.74");
        await ApiCalls.CreateAsync(publisher, ApiCalls.NewApp($"Layanan {word}"));
        await CaughtUpAsync(Host);
        var misspelt = word[..^1];

        var html = System.Net.WebUtility.HtmlDecode(await Html.GetPageAsync(Host.CreateClient(), $"/cari?q={misspelt}"));

        Assert.Single(PageHitTitles(html));
        Assert.Contains($"Menampilkan hasil untuk “{word}”, karena “{misspelt}” tidak ditemukan.", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task No_results_offer_a_way_on()
    {
        using var client = Host.CreateClient();
        var word = UniqueWord();

        var html = System.Net.WebUtility.HtmlDecode(await Html.GetPageAsync(client, $"/cari?q={word}&type=app"));

        Assert.Contains($"Tidak ada hasil untuk “{word}”.", html, StringComparison.Ordinal);
        Assert.Contains($"href=\"/cari?q={word}\">Cari tanpa saringan</a>", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_page_past_the_last_one_says_so_and_links_to_the_first()
    {
        var word = UniqueWord();
        var (_, publisher) = await ApiCalls.PublisherAsync(Host, "33.74");
        await ApiCalls.CreateAsync(publisher, ApiCalls.NewApp($"Akhir {word}"));
        await CaughtUpAsync(Host);
        using var client = Host.CreateClient();

        var html = await Html.GetPageAsync(client, $"/cari?q={word}&halaman=500");

        Assert.Contains($"<a href=\"/cari?q={word}\">Kembali ke halaman pertama</a>", html, StringComparison.Ordinal);
        Assert.DoesNotContain("Tidak ada hasil", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_draft_is_found_only_by_those_who_may_edit_it_as_in_the_catalog()
    {
        var word = UniqueWord();
        var (_, publisher) = await ApiCalls.PublisherAsync(Host, "33.74");
        await ApiCalls.CreateAsync(publisher, ApiCalls.NewApp($"Draf {word}", publish: false));
        var (admin, _) = await AdoptionArrangements.SignedInAsync(Host, Roles.AdminWilayah, "33.74");
        var (member, _) = await AdoptionArrangements.SignedInAsync(Host, Roles.Anggota, "33.74");
        var (stranger, _) = await AdoptionArrangements.SignedInAsync(Host, Roles.AdminWilayah, "16.71");
        var curator = await ForumFlows.CuratorAsync(Host);
        await CaughtUpAsync(Host);

        Assert.Single(PageHitTitles(await Html.GetPageAsync(admin, $"/cari?q={word}")));
        Assert.Single(PageHitTitles(await Html.GetPageAsync(curator, $"/cari?q={word}")));
        // A plain member of the region may not open the draft in the catalog, so search must not show it either.
        Assert.Empty(PageHitTitles(await Html.GetPageAsync(member, $"/cari?q={word}")));
        Assert.Empty(PageHitTitles(await Html.GetPageAsync(stranger, $"/cari?q={word}")));
        Assert.Empty(PageHitTitles(await Html.GetPageAsync(Host.CreateClient(), $"/cari?q={word}")));
    }

    [Fact]
    public async Task A_members_only_boards_thread_is_hidden_from_visitors()
    {
        var word = UniqueWord();
        var board = await ForumFlows.BoardAsync(Host, BoardReadAccess.Members);
        var (author, _) = await AdoptionArrangements.SignedInAsync(Host, Roles.Anggota, "61.72");
        await ForumFlows.StartThreadAsync(author, board.Slug, $"Rapat {word}", "Khusus anggota.");
        var (member, _) = await AdoptionArrangements.SignedInAsync(Host, Roles.Anggota, "16.71");
        await CaughtUpAsync(Host);

        Assert.Empty(PageHitTitles(await Html.GetPageAsync(Host.CreateClient(), $"/cari?q={word}")));
        Assert.Single(PageHitTitles(await Html.GetPageAsync(member, $"/cari?q={word}&type=thread")));
    }

    [Fact]
    public async Task The_page_speaks_English_to_an_English_browser()
    {
        var word = UniqueWord();
        var (_, publisher) = await ApiCalls.PublisherAsync(Host, "33.74");
        await ApiCalls.CreateAsync(publisher, ApiCalls.NewApp($"English {word}"));
        await CaughtUpAsync(Host);
        using var client = Host.CreateClient();

        var html = await Html.GetPageAsync(client, $"/cari?q={word}&halaman=0", acceptLanguage: "en");

        Assert.Contains("1 result(s)", html, StringComparison.Ordinal);
        Assert.Contains("Page \"0\" does not exist", System.Net.WebUtility.HtmlDecode(html), StringComparison.Ordinal);
        Assert.Contains("Application (1)", PageFacet(html, "type"));
    }

    [Fact]
    public async Task Every_page_has_the_search_box_in_its_header()
    {
        using var client = Host.CreateClient();

        var html = await Html.GetPageAsync(client, "/katalog");

        Assert.Contains("<form method=\"get\" action=\"/cari\" class=\"site-search\" role=\"search\"", html, StringComparison.Ordinal);
        Assert.Contains("<a href=\"/cari\">Cari</a>", html, StringComparison.Ordinal);
    }
}

[Collection(SqliteCollection.Name)]
public sealed class SearchPageOnSqlite(SqliteHostFixture fixture) : SearchPageContract(fixture);

[Collection(PostgresCollection.Name)]
public sealed class SearchPageOnPostgres(PostgresHostFixture fixture) : SearchPageContract(fixture);
