using System.Net;
using Marketplace.IntegrationTests.Fixtures;
using Marketplace.IntegrationTests.Support;
using Marketplace.Web.Features.Accounts;
using Marketplace.Web.Features.Forum.Moderation;
using Marketplace.Web.Features.Notifications;
using Microsoft.EntityFrameworkCore;
using static Marketplace.IntegrationTests.Forum.Moderation.ModerationFlows;

namespace Marketplace.IntegrationTests.Forum.Moderation;

/// <summary>The moderation queue and the post actions: who sees it, hide, keep hidden, restore and dismiss, with their messages.</summary>
public abstract class ModerationQueueContract(IHostFixture fixture) : SharedHostTest(fixture)
{
    [Fact]
    public async Task The_queue_is_for_moderators_only_and_lists_flags_with_who_and_why()
    {
        var (author, _) = await AdoptionArrangements.SignedInAsync(Host, Roles.Anggota, "61.72");
        var title = "Antrean " + Guid.NewGuid().ToString("N")[..8];
        var (thread, id) = await ForumFlows.StartThreadAsync(author, "umum", title, "Isi yang dipersoalkan.");
        var post = Assert.Single(await ForumFlows.PostsAsync(Host, id));
        var (flagger, flaggerUser) = await AdoptionArrangements.SignedInAsync(Host, Roles.Anggota, "82.71");
        using var flag = await FlagAsync(flagger, thread, post.Id, "Lainnya", "Data pribadi warga tertulis di sini.");

        using var anonymous = await Host.CreateClient().GetAsync(Queue);
        using var member = await flagger.GetAsync(Queue);
        using var memberLog = await flagger.GetAsync(Queue + "/log");
        using var memberSuspensions = await flagger.GetAsync(Queue + "/skors");
        using var memberThread = await flagger.GetAsync($"{Queue}/topik/{id}");
        Assert.Equal("/akun/masuk", anonymous.Headers.Location?.AbsolutePath);
        Assert.Equal(HttpStatusCode.Forbidden, member.StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, memberLog.StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, memberSuspensions.StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, memberThread.StatusCode);

        var (curator, _) = await CuratorAsync(Host);
        var queue = await Html.GetPageAsync(curator, Queue);
        Assert.Contains(title, queue, StringComparison.Ordinal);
        Assert.Contains(flaggerUser.FullName, queue, StringComparison.Ordinal);
        Assert.Contains("Data pribadi warga tertulis di sini.", queue, StringComparison.Ordinal);
        Assert.Contains("1 tanda", queue, StringComparison.Ordinal);
        Assert.Contains("Antrean moderasi", await Html.GetPageAsync(curator, "/forum"), StringComparison.Ordinal);
        Assert.DoesNotContain("Antrean moderasi", await Html.GetPageAsync(flagger, "/forum"), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_member_reaches_no_moderation_handler()
    {
        var (author, user) = await AdoptionArrangements.SignedInAsync(Host, Roles.Anggota, "61.72");
        var (thread, id) = await ForumFlows.StartThreadAsync(author, "umum", "Tidak boleh memoderasi", "Isi.");
        var post = Assert.Single(await ForumFlows.PostsAsync(Host, id));
        var (member, _) = await AdoptionArrangements.SignedInAsync(Host, Roles.AdminWilayah, "82.71");
        var postId = Id(post.Id);

        (string Action, (string, string)[] Fields)[] attempts =
        [
            ($"{Queue}?handler=Hide", [("postId", postId), ("Input.Reason", "Coba")]),
            ($"{Queue}?handler=Restore", [("postId", postId)]),
            ($"{Queue}?handler=Dismiss", [("postId", postId)]),
            ($"{Queue}/topik/{id}?handler=Move", [("BoardSlug", "pokja-kebijakan")]),
            ($"{Queue}/topik/{id}?handler=Delete", [("reason", "Coba")]),
            ($"{Queue}/topik/{id}?handler=Restore", []),
            ($"{Queue}/skors?handler=Suspend&pengguna={user.Id}", [("Input.Days", "3"), ("Input.Reason", "Coba")]),
            ($"{Queue}/skors?handler=Lift", [("suspensionId", "1")]),
        ];
        foreach (var (action, fields) in attempts)
        {
            using var response = await PostWithTokenOfAsync(member, thread, action, fields);
            Assert.True(response.StatusCode == HttpStatusCode.Forbidden, $"{action} answered {response.StatusCode}");
        }

        var unchanged = await ForumFlows.ThreadAsync(Host, id);
        Assert.Null(unchanged.DeletedAt);
        Assert.Null(Assert.Single(await ForumFlows.PostsAsync(Host, id)).HiddenAt);
        Assert.False(await Host.QueryAsync(db => db.ForumSuspensions.AnyAsync(s => s.UserId == user.Id)));
    }

    [Fact]
    public async Task Restoring_a_hidden_post_brings_it_back_resolves_its_flags_and_a_second_restore_says_so()
    {
        var (author, writer) = await AdoptionArrangements.SignedInAsync(Host, Roles.Anggota, "61.72");
        var (thread, id) = await ForumFlows.StartThreadAsync(author, "umum", "Dipulihkan kembali", "Kalimat **tegas** tapi sopan.");
        var post = Assert.Single(await ForumFlows.PostsAsync(Host, id));
        foreach (var region in new[] { "82.71", "61.01", "61.02" })
        {
            var (flagger, _) = await AdoptionArrangements.SignedInAsync(Host, Roles.Anggota, region);
            using var flag = await FlagAsync(flagger, thread, post.Id, "Kasar");
        }

        var (curator, curatorUser) = await CuratorAsync(Host);
        var moderatorView = await Html.GetPageAsync(curator, thread);
        Assert.Contains("<strong>tegas</strong>", moderatorView, StringComparison.Ordinal);
        Assert.Contains("Disembunyikan:", moderatorView, StringComparison.Ordinal);
        Assert.DoesNotContain("<strong>tegas</strong>", await Html.GetPageAsync(author, thread), StringComparison.Ordinal);

        using var restore = await ActAsync(curator, Queue, $"{Queue}?handler=Restore", ("postId", Id(post.Id)), ("returnUrl", Queue));
        Assert.Contains("Pesan #1 dipulihkan dan tanda-tandanya diabaikan.", await FollowAsync(curator, restore), StringComparison.Ordinal);
        var restored = Assert.Single(await ForumFlows.PostsAsync(Host, id));
        Assert.Null(restored.HiddenAt);
        Assert.Null(restored.HiddenReason);
        Assert.All(await FlagsAsync(Host, post.Id), f =>
        {
            Assert.Equal(FlagOutcome.Dismissed, f.Outcome);
            Assert.Equal(curatorUser.Id, f.ResolvedById);
            Assert.NotNull(f.ResolvedAt);
        });
        Assert.Contains("<strong>tegas</strong>", await Html.GetPageAsync(Host.CreateClient(), thread), StringComparison.Ordinal);
        Assert.DoesNotContain("Dipulihkan kembali", await Html.GetPageAsync(curator, Queue), StringComparison.Ordinal);

        // A second moderator with the old queue page still open.
        using var twice = await PostWithTokenOfAsync(curator, Queue, $"{Queue}?handler=Restore", ("postId", Id(post.Id)), ("returnUrl", Queue));
        Assert.Contains("Pesan #1 tidak sedang disembunyikan", await FollowAsync(curator, twice), StringComparison.Ordinal);
        using var dismiss = await PostWithTokenOfAsync(curator, Queue, $"{Queue}?handler=Dismiss", ("postId", Id(post.Id)), ("returnUrl", Queue));
        Assert.Contains("sudah ditangani moderator lain", await FollowAsync(curator, dismiss), StringComparison.Ordinal);

        var entry = Assert.Single(await LogAsync(Host, ModerationAction.PostRestored, id));
        Assert.Equal(curatorUser.Id, entry.ActorId);
        Assert.Equal(curatorUser.FullName, entry.ActorName);
        var kinds = await Host.QueryAsync(db => db.Notifications.AsNoTracking().Where(n => n.UserId == writer.Id && n.Kind == NotificationKind.Moderation)
            .OrderBy(n => n.Id).Select(n => n.TextKey).ToListAsync());
        Assert.Equal(["Moderation.HiddenByFlags", "Moderation.Restored"], kinds);
    }

    [Fact]
    public async Task A_moderator_hides_a_post_from_the_thread_page_with_a_reason_and_keeps_a_flagged_one_hidden()
    {
        var (author, writer) = await AdoptionArrangements.SignedInAsync(Host, Roles.Anggota, "61.72");
        var (thread, id) = await ForumFlows.StartThreadAsync(author, "umum", "Disembunyikan moderator", "Isi pertama.");
        using var reply = await ForumFlows.ReplyAsync(author, thread, "Nomor telepon pribadi: 0812");
        var second = (await ForumFlows.PostsAsync(Host, id))[1];
        var (curator, _) = await CuratorAsync(Host);
        var hide = $"{Queue}?handler=Hide";

        using var noReason = await ActAsync(curator, thread, hide, ("postId", Id(second.Id)), ("Input.Reason", " "), ("returnUrl", thread));
        Assert.Contains("Tulis alasannya.", await FollowAsync(curator, noReason), StringComparison.Ordinal);
        Assert.Null((await ForumFlows.PostsAsync(Host, id))[1].HiddenAt);

        using var hidden = await ActAsync(curator, thread, hide, ("postId", Id(second.Id)), ("Input.Reason", "Memuat data pribadi"), ("returnUrl", thread));
        Assert.Contains("Pesan #2 disembunyikan.", await FollowAsync(curator, hidden), StringComparison.Ordinal);
        var page = await Html.GetPageAsync(Host.CreateClient(), thread);
        Assert.DoesNotContain("0812", page, StringComparison.Ordinal);
        Assert.Contains("Memuat data pribadi", page, StringComparison.Ordinal);
        Assert.Equal("Memuat data pribadi", Assert.Single(await LogAsync(Host, ModerationAction.PostHidden, id)).Reason);
        Assert.Contains(await Host.QueryAsync(db => db.Notifications.AsNoTracking().Where(n => n.UserId == writer.Id).Select(n => n.TextKey).ToListAsync()),
            key => key == "Moderation.Hidden");

        using var again = await PostWithTokenOfAsync(curator, thread, hide, ("postId", Id(second.Id)), ("Input.Reason", "Lagi"), ("returnUrl", thread));
        Assert.Contains("sudah disembunyikan dan tidak ada tanda terbuka", await FollowAsync(curator, again), StringComparison.Ordinal);

        // Hiding a flagged post from the queue upholds its flag.
        var (flagger, _) = await AdoptionArrangements.SignedInAsync(Host, Roles.Anggota, "82.71");
        var first = (await ForumFlows.PostsAsync(Host, id))[0];
        using var flag = await FlagAsync(flagger, thread, first.Id, "Spam");
        using var byQueue = await ActAsync(curator, Queue, hide, ("postId", Id(first.Id)), ("Input.Reason", "Iklan"), ("returnUrl", Queue));
        Assert.Equal(HttpStatusCode.Redirect, byQueue.StatusCode);
        Assert.Equal(FlagOutcome.Upheld, Assert.Single(await FlagsAsync(Host, first.Id)).Outcome);
    }
}

[Collection(SqliteCollection.Name)]
public sealed class ModerationQueueOnSqlite(SqliteHostFixture fixture) : ModerationQueueContract(fixture);

[Collection(PostgresCollection.Name)]
public sealed class ModerationQueueOnPostgres(PostgresHostFixture fixture) : ModerationQueueContract(fixture);
