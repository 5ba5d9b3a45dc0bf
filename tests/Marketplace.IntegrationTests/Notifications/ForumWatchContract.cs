using System.Globalization;
using System.Net;
using Marketplace.IntegrationTests.Fixtures;
using Marketplace.IntegrationTests.Support;
using Marketplace.Web.Features.Accounts;
using Marketplace.Web.Features.Forum;
using Marketplace.Web.Features.Notifications;
using Microsoft.EntityFrameworkCore;
using static Marketplace.IntegrationTests.Notifications.NotificationArrangements;

namespace Marketplace.IntegrationTests.Notifications;

/// <summary>
/// Watching forum boards and threads through the toggle on their pages: a board's watchers hear of new threads, a
/// thread's watchers of replies until they stop, the list of watched things names and links them, and what cannot be
/// watched (signed out, unknown, deleted) is refused with nothing stored.
/// </summary>
public abstract class ForumWatchContract(IHostFixture fixture) : SharedHostTest(fixture)
{
    [Fact]
    public async Task Watching_a_board_from_its_page_brings_news_of_each_new_thread_there()
    {
        var board = await ForumFlows.BoardAsync(Host);
        var (watcher, watcherUser) = await AdoptionArrangements.SignedInAsync(Host, Roles.Anggota, "61.72");
        var (author, _) = await AdoptionArrangements.SignedInAsync(Host, Roles.Anggota, "16.71");
        var page = "/forum/" + board.Slug;

        Assert.Contains("Pantau papan ini", AdoptionFlows.Text(await Html.GetPageAsync(watcher, page)), StringComparison.Ordinal);
        using var watch = await ToggleAsync(watcher, page, "Board", board.Id, watch: true);
        Assert.Equal(HttpStatusCode.Redirect, watch.StatusCode);
        Assert.Equal(page, watch.Headers.Location?.OriginalString);
        var watched = AdoptionFlows.Text(await Html.GetPageAsync(watcher, page));
        Assert.Contains("Anda memantau papan ini.", watched, StringComparison.Ordinal);
        Assert.Contains("Anda sekarang memantau ini", watched, StringComparison.Ordinal);

        var (threadUrl, _) = await ForumFlows.StartThreadAsync(author, board.Slug, "Integrasi SSO antar-OPD", "Siapa sudah memakai SSO bersama?");

        var notification = Assert.Single(await OfAsync(Host, watcherUser.Id));
        Assert.Equal(NotificationKind.NewThread, notification.Kind);
        Assert.Equal(threadUrl, notification.Url);
        var list = await Html.GetPageAsync(watcher, "/notifikasi/pantauan");
        Assert.Contains($"<a href=\"/forum/{board.Slug}\">{board.Name}</a>", list, StringComparison.Ordinal);
        Assert.Contains("Papan diskusi", AdoptionFlows.Text(list), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Watching_a_thread_from_its_page_brings_its_replies_until_the_reader_stops()
    {
        var board = await ForumFlows.BoardAsync(Host);
        var (starter, _) = await AdoptionArrangements.SignedInAsync(Host, Roles.Anggota, "61.72");
        var (replier, _) = await AdoptionArrangements.SignedInAsync(Host, Roles.Anggota, "16.71");
        var (watcher, watcherUser) = await AdoptionArrangements.SignedInAsync(Host, Roles.Anggota, "33.74");
        var (threadUrl, threadId) = await ForumFlows.StartThreadAsync(starter, board.Slug, "Pusat Data Nasional atau server sendiri?");

        Assert.Contains("Pantau topik ini", AdoptionFlows.Text(await Html.GetPageAsync(watcher, threadUrl)), StringComparison.Ordinal);
        using var watch = await ToggleAsync(watcher, threadUrl, "Thread", threadId, watch: true);
        Assert.Equal(threadUrl, watch.Headers.Location?.OriginalString);
        Assert.Contains("Anda memantau topik ini.", AdoptionFlows.Text(await Html.GetPageAsync(watcher, threadUrl)), StringComparison.Ordinal);
        using (var reply = await ForumFlows.ReplyAsync(replier, threadUrl, "Kami pindah ke PDN tahun lalu."))
        {
            Assert.Equal(HttpStatusCode.Redirect, reply.StatusCode);
        }

        var heard = Assert.Single(await OfAsync(Host, watcherUser.Id));
        Assert.Equal(NotificationKind.Reply, heard.Kind);
        var list = await Html.GetPageAsync(watcher, "/notifikasi/pantauan");
        Assert.Contains($"<a href=\"{threadUrl}\">Pusat Data Nasional atau server sendiri?</a>", list, StringComparison.Ordinal);

        using var unwatch = await ToggleAsync(watcher, threadUrl, "Thread", threadId, watch: false);
        Assert.Equal(HttpStatusCode.Redirect, unwatch.StatusCode);
        Assert.Contains("Pantau topik ini", AdoptionFlows.Text(await Html.GetPageAsync(watcher, threadUrl)), StringComparison.Ordinal);
        using (var second = await ForumFlows.ReplyAsync(replier, threadUrl, "Biaya sewanya juga lebih ringan."))
        {
            Assert.Equal(HttpStatusCode.Redirect, second.StatusCode);
        }

        Assert.Single(await OfAsync(Host, watcherUser.Id));
        Assert.Empty(await SubscriptionsOfAsync(Host, watcherUser.Id));
        Assert.DoesNotContain(threadUrl, await Html.GetPageAsync(watcher, "/notifikasi/pantauan"), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Signed_out_visitors_see_no_toggle_and_cannot_watch_even_a_board_they_read()
    {
        var membersOnly = await ForumFlows.BoardAsync(Host, BoardReadAccess.Members);
        var open = await ForumFlows.BoardAsync(Host);
        var (starter, _) = await AdoptionArrangements.SignedInAsync(Host, Roles.Anggota, "61.72");
        var (threadUrl, threadId) = await ForumFlows.StartThreadAsync(starter, open.Slug, "Topik yang dibaca tamu");
        var visitor = Host.CreateClient();
        var before = await Host.QueryAsync(db => db.Subscriptions.CountAsync());

        Assert.DoesNotContain("/notifikasi/pantau", await Html.GetPageAsync(visitor, "/forum/" + open.Slug), StringComparison.Ordinal);
        Assert.DoesNotContain("/notifikasi/pantau", await Html.GetPageAsync(visitor, threadUrl), StringComparison.Ordinal);
        var token = await Forms.GetAntiforgeryAsync(visitor, "/akun/masuk");
        using var board = await PostAsync(visitor, token, "Board", membersOnly.Id, "true", "/forum/" + membersOnly.Slug);
        using var thread = await PostAsync(visitor, token, "Thread", threadId, "true", threadUrl);

        Assert.Equal(HttpStatusCode.Redirect, board.StatusCode);
        Assert.StartsWith("/akun/masuk", new Uri(Host.BaseAddress, board.Headers.Location!).AbsolutePath, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Redirect, thread.StatusCode);
        Assert.StartsWith("/akun/masuk", new Uri(Host.BaseAddress, thread.Headers.Location!).AbsolutePath, StringComparison.Ordinal);
        Assert.Equal(before, await Host.QueryAsync(db => db.Subscriptions.CountAsync()));

        // A signed-in member reads the members-only board, so they may watch it.
        var (member, memberUser) = await AdoptionArrangements.SignedInAsync(Host, Roles.Anggota, "16.71");
        using var allowed = await ToggleAsync(member, "/forum/" + membersOnly.Slug, "Board", membersOnly.Id, watch: true);
        Assert.Equal(HttpStatusCode.Redirect, allowed.StatusCode);
        var subscription = Assert.Single(await SubscriptionsOfAsync(Host, memberUser.Id));
        Assert.Equal((WatchTarget.Board, (long)membersOnly.Id), (subscription.TargetKind, subscription.TargetId));
    }

    [Fact]
    public async Task Unknown_or_deleted_threads_and_boards_are_refused_with_a_message_and_nothing_is_stored()
    {
        var board = await ForumFlows.BoardAsync(Host);
        var (member, user) = await AdoptionArrangements.SignedInAsync(Host, Roles.Anggota, "61.72");
        var (threadUrl, threadId) = await ForumFlows.StartThreadAsync(member, board.Slug, "Topik yang akan dihapus");
        await Host.QueryAsync(db => db.Subscriptions.Where(s => s.UserId == user.Id).ExecuteDeleteAsync());
        await Host.QueryAsync(db => db.ForumThreads.Where(t => t.Id == threadId).ExecuteUpdateAsync(s => s.SetProperty(t => t.DeletedAt, DateTimeOffset.UtcNow)));
        var token = await Forms.GetAntiforgeryAsync(member, "/forum/" + board.Slug, "/notifikasi/pantau");

        string[] targets = [$"Thread:{threadId}", "Thread:2147483647", "Thread:0", "Thread:-5", $"Thread:{long.MaxValue}", "Board:2147483647", "Board:0", "Board:-1", $"Board:{(long)int.MaxValue + board.Id}"];
        foreach (var target in targets)
        {
            var (kind, id) = (target.Split(':')[0], target.Split(':')[1]);
            using var refused = await Forms.PostAsync(member, "/notifikasi/pantau",
                ("kind", kind), ("targetId", id), ("watch", "true"), ("returnUrl", threadUrl), ("__RequestVerificationToken", token));
            Assert.True(refused.StatusCode == HttpStatusCode.NotFound, $"{target}: {refused.StatusCode}");
            Assert.Contains("tidak ditemukan", AdoptionFlows.Text(await refused.Content.ReadAsStringAsync()), StringComparison.OrdinalIgnoreCase);
        }

        using var notANumber = await Forms.PostAsync(member, "/notifikasi/pantau",
            ("kind", "Board"), ("targetId", "papan"), ("watch", "true"), ("returnUrl", "/"), ("__RequestVerificationToken", token));

        Assert.NotEqual(HttpStatusCode.Redirect, notANumber.StatusCode);
        Assert.Empty(await SubscriptionsOfAsync(Host, user.Id));
    }

    [Fact]
    public async Task A_watched_thread_that_is_deleted_later_shows_as_no_longer_available_and_can_still_be_unwatched()
    {
        var board = await ForumFlows.BoardAsync(Host);
        var (member, user) = await AdoptionArrangements.SignedInAsync(Host, Roles.Anggota, "61.72");
        var (threadUrl, threadId) = await ForumFlows.StartThreadAsync(member, board.Slug, "Topik yang kemudian dihapus");
        Assert.Contains(threadUrl, await Html.GetPageAsync(member, "/notifikasi/pantauan"), StringComparison.Ordinal);

        await Host.QueryAsync(db => db.ForumThreads.Where(t => t.Id == threadId).ExecuteUpdateAsync(s => s.SetProperty(t => t.DeletedAt, DateTimeOffset.UtcNow)));
        var list = await Html.GetPageAsync(member, "/notifikasi/pantauan");

        Assert.DoesNotContain(threadUrl, list, StringComparison.Ordinal);
        Assert.Contains($"Tidak tersedia lagi (#{threadId.ToString(CultureInfo.InvariantCulture)})", AdoptionFlows.Text(list), StringComparison.Ordinal);
        Assert.Single(await SubscriptionsOfAsync(Host, user.Id));

        // What is gone can still be unwatched from the list.
        var token = await Forms.GetAntiforgeryAsync(member, "/notifikasi/pantauan", "/notifikasi/pantau");
        using var unwatch = await PostAsync(member, token, "Thread", threadId, "false", "/notifikasi/pantauan");
        Assert.Equal("/notifikasi/pantauan", unwatch.Headers.Location?.OriginalString);
        Assert.Empty(await SubscriptionsOfAsync(Host, user.Id));
    }

    private static async Task<HttpResponseMessage> ToggleAsync(HttpClient client, string page, string kind, int id, bool watch)
    {
        var token = await Forms.GetAntiforgeryAsync(client, page, "/notifikasi/pantau");
        return await PostAsync(client, token, kind, id, watch ? "true" : "false", page);
    }

    private static Task<HttpResponseMessage> PostAsync(HttpClient client, string token, string kind, long id, string watch, string returnUrl) =>
        Forms.PostAsync(client, "/notifikasi/pantau",
            ("kind", kind), ("targetId", id.ToString(CultureInfo.InvariantCulture)), ("watch", watch), ("returnUrl", returnUrl), ("__RequestVerificationToken", token));
}

[Collection(SqliteCollection.Name)]
public sealed class ForumWatchOnSqlite(SqliteHostFixture fixture) : ForumWatchContract(fixture);

[Collection(PostgresCollection.Name)]
public sealed class ForumWatchOnPostgres(PostgresHostFixture fixture) : ForumWatchContract(fixture);
