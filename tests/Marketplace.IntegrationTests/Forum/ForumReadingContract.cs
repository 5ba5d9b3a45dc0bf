using System.Net;
using Marketplace.IntegrationTests.Fixtures;
using Marketplace.IntegrationTests.Catalog;
using Marketplace.IntegrationTests.Support;
using Marketplace.Testing;
using Marketplace.Web.Features.Accounts;
using Marketplace.Web.Features.Catalog;
using Marketplace.Web.Features.Forum;
using Microsoft.EntityFrameworkCore;

namespace Marketplace.IntegrationTests.Forum;

/// <summary>Reading the forum: boards and who sees them, keyset pages of boards and threads, unread marks, the read API and application boards.</summary>
public abstract class ForumReadingContract(IHostFixture fixture) : SharedHostTest(fixture)
{
    [Fact]
    public async Task The_seeded_boards_are_listed_with_their_rules_on_the_page_and_the_api()
    {
        var page = await Html.GetPageAsync(Host.CreateClient(), "/forum");
        using var api = await Host.CreateClient().GetAsync("/api/v1/forum/boards");
        var boards = (await ApiCalls.JsonAsync(api)).EnumerateArray().ToList();

        foreach (var name in new[] { "Pokja Kebijakan", "Pokja Infrastruktur dan Aplikasi", "Pokja Data dan Informasi", "Umum" })
        {
            Assert.Contains(name, page, StringComparison.Ordinal);
        }

        Assert.Contains("<a href=\"/forum\" aria-current=\"page\">Forum</a>", page, StringComparison.Ordinal);
        var kebijakan = boards.Single(b => b.GetProperty("slug").GetString() == "pokja-kebijakan");
        Assert.Equal("pokja", kebijakan.GetProperty("kind").GetString());
        Assert.Equal("public", kebijakan.GetProperty("readAccess").GetString());
        Assert.Equal("pokja-members", kebijakan.GetProperty("postAccess").GetString());
        Assert.Equal("members", boards.Single(b => b.GetProperty("slug").GetString() == "umum").GetProperty("postAccess").GetString());
    }

    [Fact]
    public async Task A_members_only_board_is_hidden_from_signed_out_visitors_on_pages_and_api()
    {
        var board = await ForumFlows.BoardAsync(Host, BoardReadAccess.Members);
        var (member, _) = await AdoptionArrangements.SignedInAsync(Host, Roles.Anggota, "61.72");
        var (thread, id) = await ForumFlows.StartThreadAsync(member, board.Slug, "Rahasia internal anggota");
        using var anonymous = Host.CreateClient();

        Assert.DoesNotContain(board.Name, await Html.GetPageAsync(anonymous, "/forum"), StringComparison.Ordinal);
        using var boardPage = await anonymous.GetAsync($"/forum/{board.Slug}");
        using var threadPage = await anonymous.GetAsync(thread);
        Assert.Equal("/akun/masuk", boardPage.Headers.Location?.AbsolutePath);
        Assert.Equal("/akun/masuk", threadPage.Headers.Location?.AbsolutePath);

        using var list = await anonymous.GetAsync("/api/v1/forum/boards");
        Assert.DoesNotContain(board.Slug, await list.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        using var threads = await anonymous.GetAsync($"/api/v1/forum/boards/{board.Slug}/threads");
        using var single = await anonymous.GetAsync($"/api/v1/forum/threads/{id}");
        await ApiCalls.ProblemAsync(threads, HttpStatusCode.Forbidden);
        var problem = await ApiCalls.ProblemAsync(single, HttpStatusCode.Forbidden);
        Assert.DoesNotContain("Rahasia", problem.ToString(), StringComparison.Ordinal);
        await ApiCalls.ProblemAsync(await anonymous.GetAsync("/api/v1/forum/threads/99999999"), HttpStatusCode.NotFound);
        await ApiCalls.ProblemAsync(await anonymous.GetAsync("/api/v1/forum/boards/tidak-ada/threads"), HttpStatusCode.NotFound);

        Assert.Contains("Rahasia internal anggota", await Html.GetPageAsync(member, $"/forum/{board.Slug}"), StringComparison.Ordinal);
        using var asMember = await member.GetAsync($"/api/v1/forum/threads/{id}");
        Assert.Equal("Rahasia internal anggota", (await ApiCalls.JsonAsync(asMember)).GetProperty("thread").GetProperty("title").GetString());
    }

    [Fact]
    public async Task Thread_pages_are_number_ranges_and_every_post_appears_once_across_boundaries()
    {
        var (member, _) = await AdoptionArrangements.SignedInAsync(Host, Roles.Anggota, "61.72");
        var (thread, id) = await ForumFlows.StartThreadAsync(member, "umum", "Topik panjang");
        await AddPostsAsync(id, 44);

        var pages = new List<IReadOnlyList<int>>();
        for (var page = 1; page <= 3; page++)
        {
            pages.Add(ForumFlows.Numbers(await Html.GetPageAsync(Host.CreateClient(), $"{thread}?halaman={page}")));
        }

        Assert.Equal(Enumerable.Range(1, 20), pages[0]);
        Assert.Equal(Enumerable.Range(21, 20), pages[1]);
        Assert.Equal(Enumerable.Range(41, 5), pages[2]);
        Assert.Equal(Enumerable.Range(41, 5), ForumFlows.Numbers(await Html.GetPageAsync(Host.CreateClient(), $"{thread}?halaman=999")));
        var last = await Html.GetPageAsync(Host.CreateClient(), $"{thread}?halaman=3");
        Assert.Contains("Halaman 3 dari 3", last, StringComparison.Ordinal);
        Assert.Contains($"href=\"{thread}?halaman=2\" rel=\"prev\"", last, StringComparison.Ordinal);

        using var api = await Host.CreateClient().GetAsync($"/api/v1/forum/threads/{id}?page=2");
        var json = await ApiCalls.JsonAsync(api);
        Assert.Equal(3, json.GetProperty("pageCount").GetInt32());
        Assert.Equal(Enumerable.Range(21, 20), json.GetProperty("posts").EnumerateArray().Select(p => p.GetProperty("number").GetInt32()));

        // The next reply takes the next number, after the arranged ones.
        using var reply = await ForumFlows.ReplyAsync(member, thread, "Balasan ke-46");
        Assert.Equal($"{thread}?halaman=3#pesan-46", reply.Headers.Location?.OriginalString);
    }

    [Fact]
    public async Task Board_pages_follow_the_cursor_without_skipping_or_repeating_threads()
    {
        var board = await ForumFlows.BoardAsync(Host);
        var start = DateTimeOffset.UtcNow.AddDays(-10);
        var author = await TestAccounts.CreateAsync(Host, Roles.Anggota, "61.72");
        var ids = await Host.QueryAsync(async db =>
        {
            // Three threads share one time around the first page boundary (30), so the id breaks the tie there.
            var threads = Enumerable.Range(0, 65).Select(i => new ForumThread
            {
                BoardId = board.Id, Title = $"Topik {i:00}", AuthorId = author.Id, AuthorName = "Uji", CreatedAt = start,
                LastPostAt = start.AddMinutes(i is 33 or 34 or 35 ? 34 : i), PostCount = 0,
            }).ToList();
            db.ForumThreads.AddRange(threads);
            await db.SaveChangesAsync();
            return threads.OrderByDescending(t => t.LastPostAt).ThenByDescending(t => t.Id).Select(t => t.Id).ToList();
        });

        var seen = new List<int>();
        var url = $"/forum/{board.Slug}";
        using var anonymous = Host.CreateClient();
        for (var pages = 0; pages < 5 && url is not null; pages++)
        {
            var html = await Html.GetPageAsync(anonymous, url);
            seen.AddRange(System.Text.RegularExpressions.Regex.Matches(html, @"href=""/forum/t/(\d+)/").Select(m => int.Parse(m.Groups[1].Value, System.Globalization.CultureInfo.InvariantCulture)));
            var next = System.Text.RegularExpressions.Regex.Match(html, @"href=""(?<u>[^""]+)"" rel=""next""");
            url = next.Success ? System.Net.WebUtility.HtmlDecode(next.Groups["u"].Value) : null;
        }

        Assert.Equal(ids, seen);
        using var api = await anonymous.GetAsync($"/api/v1/forum/boards/{board.Slug}/threads");
        var first = await ApiCalls.JsonAsync(api);
        Assert.Equal(ids.Take(30), first.GetProperty("threads").EnumerateArray().Select(t => t.GetProperty("id").GetInt32()));
        using var second = await anonymous.GetAsync($"/api/v1/forum/boards/{board.Slug}/threads?after={first.GetProperty("next").GetString()}");
        Assert.Equal(ids.Skip(30).Take(30), (await ApiCalls.JsonAsync(second)).GetProperty("threads").EnumerateArray().Select(t => t.GetProperty("id").GetInt32()));
    }

    [Fact]
    public async Task Unread_posts_are_marked_on_the_board_and_as_new_since_the_last_visit()
    {
        var board = await ForumFlows.BoardAsync(Host);
        var (reader, readerUser) = await AdoptionArrangements.SignedInAsync(Host, Roles.Anggota, "61.72");
        var (writer, _) = await AdoptionArrangements.SignedInAsync(Host, Roles.Anggota, "82.71");
        var (thread, id) = await ForumFlows.StartThreadAsync(writer, board.Slug, "Kabar terbaru");

        Assert.Contains(">baru</span>", await Html.GetPageAsync(reader, $"/forum/{board.Slug}"), StringComparison.Ordinal);
        var firstVisit = await Html.GetPageAsync(reader, thread);
        Assert.DoesNotContain("Baru sejak kunjungan terakhir", firstVisit, StringComparison.Ordinal);
        Assert.DoesNotContain(">baru</span>", await Html.GetPageAsync(reader, $"/forum/{board.Slug}"), StringComparison.Ordinal);

        using var one = await ForumFlows.ReplyAsync(writer, thread, "Balasan kedua");
        using var two = await ForumFlows.ReplyAsync(writer, thread, "Balasan ketiga");
        Assert.Contains(">baru</span>", await Html.GetPageAsync(reader, $"/forum/{board.Slug}"), StringComparison.Ordinal);
        var secondVisit = await Html.GetPageAsync(reader, thread);
        var marker = secondVisit.IndexOf("Baru sejak kunjungan terakhir", StringComparison.Ordinal);
        Assert.True(marker > secondVisit.IndexOf("id=\"pesan-1\"", StringComparison.Ordinal) && marker < secondVisit.IndexOf("id=\"pesan-2\"", StringComparison.Ordinal));

        var read = await Host.QueryAsync(db => db.ForumThreadReads.AsNoTracking().SingleAsync(r => r.UserId == readerUser.Id && r.ThreadId == id));
        Assert.Equal(3, read.LastReadNumber);
        Assert.DoesNotContain("Baru sejak kunjungan terakhir", await Html.GetPageAsync(reader, thread), StringComparison.Ordinal);
        Assert.DoesNotContain(">baru</span>", await Html.GetPageAsync(Host.CreateClient(), $"/forum/{board.Slug}"), StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_applications_discussion_board_is_made_once_when_first_opened_from_its_page()
    {
        var (publisher, _) = await AdoptionArrangements.SignedInAsync(Host, Roles.Penerbit, "61.72");
        var name = CatalogFlows.UniqueName("Diskusi");
        using var published = await CatalogFlows.PublishAsync(publisher, name);
        var slug = Slugs.From(name);
        using var anonymous = Host.CreateClient();

        Assert.Contains($"href=\"/forum/aplikasi/{slug}\"", await Html.GetPageAsync(anonymous, $"/katalog/{slug}"), StringComparison.Ordinal);
        using var first = await anonymous.GetAsync($"/forum/aplikasi/{slug}");
        using var second = await anonymous.GetAsync($"/forum/aplikasi/{slug}");
        Assert.Equal($"/forum/aplikasi-{slug}", first.Headers.Location?.OriginalString);
        Assert.Equal($"/forum/aplikasi-{slug}", second.Headers.Location?.OriginalString);
        var boards = await Host.QueryAsync(db => db.ForumBoards.AsNoTracking().Where(b => db.Apps.Any(a => a.Id == b.AppId && a.Slug == slug)).ToListAsync());
        var board = Assert.Single(boards);
        Assert.Equal(BoardKind.Aplikasi, board.Kind);
        Assert.Equal(name, board.Name);

        var (member, _) = await AdoptionArrangements.SignedInAsync(Host, Roles.Anggota, "82.71");
        await ForumFlows.StartThreadAsync(member, board.Slug, "Cara memasang di server kabupaten");
        Assert.Contains(name, await Html.GetPageAsync(anonymous, "/forum"), StringComparison.Ordinal);

        using var draft = await CatalogFlows.PublishAsync(publisher, CatalogFlows.UniqueName("Draf"), publish: false);
        Assert.Equal(HttpStatusCode.NotFound, (await anonymous.GetAsync("/forum/aplikasi/tidak-ada-aplikasi")).StatusCode);
    }

    private Task AddPostsAsync(int threadId, int count) =>
        Host.QueryAsync(async db =>
        {
            var thread = await db.ForumThreads.SingleAsync(t => t.Id == threadId);
            for (var i = 0; i < count; i++)
            {
                thread.PostCount++;
                db.ForumPosts.Add(new Post
                {
                    ThreadId = threadId, Number = thread.PostCount, AuthorId = thread.AuthorId, AuthorName = thread.AuthorName,
                    AuthorRegionCode = thread.AuthorRegionCode, Body = $"Pesan nomor {thread.PostCount}", CreatedAt = thread.CreatedAt.AddMinutes(i + 1),
                });
            }

            await db.SaveChangesAsync();
            return 0;
        });
}

[Collection(SqliteCollection.Name)]
public sealed class ForumReadingOnSqlite(SqliteHostFixture fixture) : ForumReadingContract(fixture);

[Collection(PostgresCollection.Name)]
public sealed class ForumReadingOnPostgres(PostgresHostFixture fixture) : ForumReadingContract(fixture);
