using System.Net;
using Marketplace.IntegrationTests.Fixtures;
using Marketplace.IntegrationTests.Catalog;
using Marketplace.IntegrationTests.Support;
using Marketplace.Testing;
using Marketplace.Web.Features.Accounts;
using Marketplace.Web.Features.Forum;
using Microsoft.EntityFrameworkCore;

namespace Marketplace.IntegrationTests.Forum;

/// <summary>Writing in the forum through the real pages with their antiforgery tokens: threads, replies, quotes, mentions, previews and refusals.</summary>
public abstract class ForumPostingContract(IHostFixture fixture) : SharedHostTest(fixture)
{
    [Fact]
    public async Task A_member_starts_a_thread_another_replies_with_a_quote_and_a_mention_and_the_page_shows_it()
    {
        var (starter, starterUser) = await AdoptionArrangements.SignedInAsync(Host, Roles.Anggota, "61.72");
        var (replier, _) = await AdoptionArrangements.SignedInAsync(Host, Roles.Anggota, "82.71");
        var (thread, id) = await ForumFlows.StartThreadAsync(starter, "umum", "Server untuk **E-Kinerja**?", "Berapa **RAM** yang cukup?", "Server, SPBE, server");

        var started = await ForumFlows.ThreadAsync(Host, id);
        Assert.Equal($"/forum/t/{id}/server-untuk-e-kinerja", thread);
        Assert.Equal(["server", "spbe"], started.Tags.Select(t => t.Tag).Order());
        var first = Assert.Single(await ForumFlows.PostsAsync(Host, id));

        var quoteForm = await Html.GetPageAsync(replier, $"{thread}?kutip={first.Id}");
        Assert.Contains($"value=\"{first.Id}\"", quoteForm, StringComparison.Ordinal);
        var handle = Mentions.HandleOf(starterUser.Email!);
        using var reply = await ForumFlows.ReplyAsync(replier, thread,
            $"> **{starterUser.FullName}** [menulis]({thread}?halaman=1#pesan-1):\n>\n> Berapa **RAM** yang cukup?\n\n8 GB cukup, @{handle}.", replyTo: first.Id);

        Assert.Equal(HttpStatusCode.Redirect, reply.StatusCode);
        Assert.Equal($"{thread}?halaman=1#pesan-2", reply.Headers.Location?.OriginalString);
        var posts = await ForumFlows.PostsAsync(Host, id);
        Assert.Equal([1, 2], posts.Select(p => p.Number));
        Assert.Equal(first.Id, posts[1].ReplyToPostId);
        var mention = await Host.QueryAsync(db => db.ForumPostMentions.AsNoTracking().SingleAsync(m => m.PostId == posts[1].Id));
        Assert.Equal(starterUser.Id, mention.UserId);

        var page = await Html.GetPageAsync(Host.CreateClient(), thread);
        Assert.Contains("<blockquote>", page, StringComparison.Ordinal);
        Assert.Contains($"<a href=\"/wilayah/61.72\">@{handle}</a>", page, StringComparison.Ordinal);
        Assert.Contains("membalas #1 oleh " + starterUser.FullName, page, StringComparison.Ordinal);
        Assert.Contains("#server", page, StringComparison.Ordinal);
        var board = await Host.QueryAsync(db => db.ForumBoards.AsNoTracking().SingleAsync(b => b.Slug == "umum"));
        Assert.True(board.ThreadCount >= 1 && board.PostCount >= 2);
    }

    [Fact]
    public async Task The_quote_link_fills_the_reply_form_with_a_block_quote_linking_the_post()
    {
        var (member, _) = await AdoptionArrangements.SignedInAsync(Host, Roles.Anggota, "61.72");
        var (thread, id) = await ForumFlows.StartThreadAsync(member, "umum", "Kutipan uji", "Baris satu\n\nBaris dua");
        var first = Assert.Single(await ForumFlows.PostsAsync(Host, id));

        var page = System.Net.WebUtility.HtmlDecode(await Html.GetPageAsync(member, $"{thread}?kutip={first.Id}"));

        Assert.Contains($"[menulis]({thread}?halaman=1#pesan-1):\n>\n> Baris satu\n>\n> Baris dua", page.Replace("\r\n", "\n", StringComparison.Ordinal), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("", "Tulis isi pesan: pesan kosong atau hanya berisi spasi tidak dapat dikirim.")]
    [InlineData("   \n\t  ", "Tulis isi pesan: pesan kosong atau hanya berisi spasi tidak dapat dikirim.")]
    [InlineData("\u200B\u200D\u200F", "Tulis isi pesan: pesan kosong atau hanya berisi spasi tidak dapat dikirim.")]
    [InlineData(null, "Pesan terlalu panjang: paling banyak 20000 karakter (sekarang 20001).")]
    [InlineData("a\u0007b", "Teks berisi karakter kendali yang tidak diizinkan.")]
    public async Task A_bad_reply_is_refused_with_a_clear_message_and_nothing_is_saved(string? body, string message)
    {
        var (member, _) = await AdoptionArrangements.SignedInAsync(Host, Roles.Anggota, "61.72");
        var (thread, id) = await ForumFlows.StartThreadAsync(member, "umum", "Uji isian buruk");

        using var response = await ForumFlows.ReplyAsync(member, thread, body ?? new string('x', ForumRules.BodyMax + 1));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains(message, AccountFlows.Errors(await response.Content.ReadAsStringAsync()));
        Assert.Single(await ForumFlows.PostsAsync(Host, id));
        Assert.Equal(1, (await ForumFlows.ThreadAsync(Host, id)).PostCount);
    }

    [Fact]
    public async Task A_thread_without_title_or_body_is_refused_and_a_body_at_the_limit_is_accepted()
    {
        var (member, _) = await AdoptionArrangements.SignedInAsync(Host, Roles.Anggota, "61.72");
        var title = "Batas " + Guid.NewGuid().ToString("N")[..8];

        using var empty = await ForumFlows.StartAsync(member, "umum", "  ", " ");
        var errors = AccountFlows.Errors(await empty.Content.ReadAsStringAsync());
        using var atLimit = await ForumFlows.StartAsync(member, "umum", title, new string('y', ForumRules.BodyMax));

        Assert.Equal(HttpStatusCode.OK, empty.StatusCode);
        Assert.Contains("Tulis judul topik.", errors);
        Assert.Contains("Tulis isi pesan: pesan kosong atau hanya berisi spasi tidak dapat dikirim.", errors);
        Assert.Equal(HttpStatusCode.Redirect, atLimit.StatusCode);
        Assert.True(await Host.QueryAsync(db => db.ForumThreads.AnyAsync(t => t.Title == title)));
    }

    [Fact]
    public async Task Unusual_unicode_is_kept_exactly_in_the_database_the_page_and_the_api()
    {
        var (member, _) = await AdoptionArrangements.SignedInAsync(Host, Roles.Anggota, "61.72");
        const string body = "Tim 👩🏽‍💻🇮🇩 · مرحبا بالعالم · שלום · zero\u200Bwidth\u200Djoin · e\u0301 n\u0303 · \u202Eterbalik\u202C · 𝔘𝔫𝔦𝔠𝔬𝔡𝔢";
        var (thread, id) = await ForumFlows.StartThreadAsync(member, "umum", "Unicode ✓ اختبار", body);

        var stored = Assert.Single(await ForumFlows.PostsAsync(Host, id));
        var page = System.Net.WebUtility.HtmlDecode(await Html.GetPageAsync(Host.CreateClient(), thread));
        using var api = await Host.CreateClient().GetAsync($"/api/v1/forum/threads/{id}");
        var json = await ApiCalls.JsonAsync(api);

        Assert.Equal(body, stored.Body);
        Assert.Equal("Unicode ✓ اختبار", (await ForumFlows.ThreadAsync(Host, id)).Title);
        Assert.Contains(body, page, StringComparison.Ordinal);
        Assert.Equal(body, json.GetProperty("posts")[0].GetProperty("body").GetString());
        Assert.Equal($"/forum/t/{id}/unicode", thread);
    }

    [Fact]
    public async Task Preview_renders_the_markdown_and_saves_nothing()
    {
        var (member, _) = await AdoptionArrangements.SignedInAsync(Host, Roles.Anggota, "61.72");
        var title = "Pratinjau " + Guid.NewGuid().ToString("N")[..8];
        var (thread, id) = await ForumFlows.StartThreadAsync(member, "umum", "Pratinjau balasan");

        using var newThread = await ForumFlows.StartAsync(member, "umum", title, "Ini **tebal** <script>alert(1)</script>", preview: true);
        using var reply = await ForumFlows.ReplyAsync(member, thread, "Balasan _miring_", preview: true);
        var newHtml = await newThread.Content.ReadAsStringAsync();
        var replyHtml = await reply.Content.ReadAsStringAsync();

        Assert.Equal(HttpStatusCode.OK, newThread.StatusCode);
        Assert.Contains("<strong>tebal</strong>", newHtml, StringComparison.Ordinal);
        Assert.DoesNotContain("<script>alert", newHtml, StringComparison.Ordinal);
        Assert.Contains("Pratinjau (belum disimpan)", newHtml, StringComparison.Ordinal);
        Assert.Contains("<em>miring</em>", replyHtml, StringComparison.Ordinal);
        Assert.False(await Host.QueryAsync(db => db.ForumThreads.AnyAsync(t => t.Title == title)));
        Assert.Single(await ForumFlows.PostsAsync(Host, id));
    }

    [Fact]
    public async Task Signed_out_visitors_read_public_boards_but_are_sent_to_sign_in_to_post()
    {
        var (member, _) = await AdoptionArrangements.SignedInAsync(Host, Roles.Anggota, "61.72");
        var (thread, id) = await ForumFlows.StartThreadAsync(member, "umum", "Terbuka untuk dibaca");
        using var anonymous = Host.CreateClient();

        var page = await Html.GetPageAsync(anonymous, thread);
        var token = await Forms.GetAntiforgeryAsync(anonymous, "/akun/masuk");
        using var post = await Forms.PostAsync(anonymous, thread + "?handler=Reply", ("Input.Body", "Tanpa akun"), ("__RequestVerificationToken", token));
        using var form = await anonymous.GetAsync("/forum/umum/baru");

        Assert.Contains("Masuk untuk menulis.", page, StringComparison.Ordinal);
        Assert.DoesNotContain("name=\"Input.Body\"", page, StringComparison.Ordinal);
        Assert.Equal("/akun/masuk", post.Headers.Location?.AbsolutePath);
        Assert.Equal("/akun/masuk", form.Headers.Location?.AbsolutePath);
        Assert.Single(await ForumFlows.PostsAsync(Host, id));
    }

    [Fact]
    public async Task A_wrong_or_missing_slug_redirects_to_the_threads_clean_address()
    {
        var (member, _) = await AdoptionArrangements.SignedInAsync(Host, Roles.Anggota, "61.72");
        var (thread, id) = await ForumFlows.StartThreadAsync(member, "umum", "Alamat Bersih");
        using var client = Host.CreateClient();

        using var wrong = await client.GetAsync($"/forum/t/{id}/judul-lama?halaman=1");
        using var missing = await client.GetAsync($"/forum/t/{id}");
        using var unknown = await client.GetAsync("/forum/t/99999999/apa");

        Assert.Equal(HttpStatusCode.MovedPermanently, wrong.StatusCode);
        Assert.Equal($"{thread}?halaman=1", wrong.Headers.Location?.OriginalString);
        Assert.Equal(thread, missing.Headers.Location?.OriginalString);
        Assert.Equal(HttpStatusCode.NotFound, unknown.StatusCode);
    }
}

[Collection(SqliteCollection.Name)]
public sealed class ForumPostingOnSqlite(SqliteHostFixture fixture) : ForumPostingContract(fixture);

[Collection(PostgresCollection.Name)]
public sealed class ForumPostingOnPostgres(PostgresHostFixture fixture) : ForumPostingContract(fixture);
