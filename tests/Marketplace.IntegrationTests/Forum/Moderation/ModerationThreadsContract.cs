using System.Net;
using Marketplace.IntegrationTests.Fixtures;
using Marketplace.IntegrationTests.Support;
using Marketplace.Web.Features.Accounts;
using Marketplace.Web.Features.Forum.Moderation;
using Microsoft.EntityFrameworkCore;
using static Marketplace.IntegrationTests.Forum.Moderation.ModerationFlows;

namespace Marketplace.IntegrationTests.Forum.Moderation;

/// <summary>Moving, deleting and restoring threads from the thread page, and the audit lines of pins and locks.</summary>
public abstract class ModerationThreadsContract(IHostFixture fixture) : SharedHostTest(fixture)
{
    [Fact]
    public async Task A_moderator_moves_a_thread_to_another_board_and_bad_boards_are_refused_with_messages()
    {
        var from = await ForumFlows.BoardAsync(Host);
        var to = await ForumFlows.BoardAsync(Host);
        var (author, _) = await AdoptionArrangements.SignedInAsync(Host, Roles.Anggota, "61.72");
        var (thread, id) = await ForumFlows.StartThreadAsync(author, from.Slug, "Salah papan");
        var (curator, curatorUser) = await CuratorAsync(Host);
        var move = $"{Queue}/topik/{id}?handler=Move";

        using var byMember = await PostWithTokenOfAsync(author, thread, move, ("BoardSlug", to.Slug));
        Assert.Equal(HttpStatusCode.Forbidden, byMember.StatusCode);

        using var unknown = await ActAsync(curator, thread, move, ("BoardSlug", "tidak-ada-papan"));
        Assert.Equal(HttpStatusCode.OK, unknown.StatusCode);
        Assert.Contains("Tidak ada papan \"tidak-ada-papan\".", AccountFlows.Errors(await unknown.Content.ReadAsStringAsync()));
        using var same = await ActAsync(curator, thread, move, ("BoardSlug", from.Slug));
        Assert.Contains($"Topik ini sudah berada di papan {from.Name}; pilih papan lain.", AccountFlows.Errors(await same.Content.ReadAsStringAsync()));
        Assert.Equal(from.Id, (await ForumFlows.ThreadAsync(Host, id)).BoardId);

        using var moved = await ActAsync(curator, thread, move, ("BoardSlug", to.Slug));
        Assert.Contains($"Topik dipindahkan ke {to.Name}.", await FollowAsync(curator, moved), StringComparison.Ordinal);
        Assert.Equal(to.Id, (await ForumFlows.ThreadAsync(Host, id)).BoardId);
        Assert.Contains(thread, await Html.GetPageAsync(Host.CreateClient(), $"/forum/{to.Slug}"), StringComparison.Ordinal);
        Assert.DoesNotContain(thread, await Html.GetPageAsync(Host.CreateClient(), $"/forum/{from.Slug}"), StringComparison.Ordinal);
        var boards = await Host.QueryAsync(db => db.ForumBoards.Where(b => b.Id == from.Id || b.Id == to.Id).ToDictionaryAsync(b => b.Id, b => b.ThreadCount));
        Assert.Equal(0, boards[from.Id]);
        Assert.Equal(1, boards[to.Id]);

        var entry = Assert.Single(await LogAsync(Host, ModerationAction.ThreadMoved, id));
        Assert.Equal(curatorUser.FullName, entry.ActorName);
        Assert.Equal($"{from.Name} → {to.Name}", entry.Detail);
    }

    [Fact]
    public async Task A_deleted_thread_is_404_for_members_until_a_moderator_restores_it()
    {
        var board = await ForumFlows.BoardAsync(Host);
        var (author, _) = await AdoptionArrangements.SignedInAsync(Host, Roles.Anggota, "61.72");
        var (thread, id) = await ForumFlows.StartThreadAsync(author, board.Slug, "Topik yang dihapus");
        var (curator, curatorUser) = await CuratorAsync(Host);

        using var delete = await ActAsync(curator, thread, $"{Queue}/topik/{id}?handler=Delete", ("reason", "Duplikat"));
        Assert.Contains("Topik dihapus; hanya moderator yang masih dapat membukanya.", await FollowAsync(curator, delete), StringComparison.Ordinal);
        Assert.NotNull((await ForumFlows.ThreadAsync(Host, id)).DeletedAt);
        using var byMember = await author.GetAsync(thread);
        using var byAnonymous = await Host.CreateClient().GetAsync(thread);
        Assert.Equal(HttpStatusCode.NotFound, byMember.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, byAnonymous.StatusCode);
        Assert.DoesNotContain(thread, await Html.GetPageAsync(author, $"/forum/{board.Slug}"), StringComparison.Ordinal);
        var token = await Forms.GetAntiforgeryAsync(author, "/forum");
        using var reply = await Forms.PostAsync(author, thread + "?handler=Reply", ("Input.Body", "Masih membalas"), ("__RequestVerificationToken", token));
        Assert.Equal(HttpStatusCode.NotFound, reply.StatusCode);

        var moderatorPage = await Html.GetPageAsync(curator, thread);
        Assert.Contains("hanya terlihat oleh moderator", moderatorPage, StringComparison.Ordinal);
        using var twice = await PostWithTokenOfAsync(curator, thread, $"{Queue}/topik/{id}?handler=Delete");
        Assert.Contains("Topik ini sudah dihapus: tidak ada yang diubah.", await FollowAsync(curator, twice), StringComparison.Ordinal);

        using var restore = await ActAsync(curator, thread, $"{Queue}/topik/{id}?handler=Restore");
        Assert.Contains("Topik dipulihkan.", await FollowAsync(curator, restore), StringComparison.Ordinal);
        Assert.Contains("Topik yang dihapus", await Html.GetPageAsync(author, thread), StringComparison.Ordinal);
        Assert.Contains(thread, await Html.GetPageAsync(author, $"/forum/{board.Slug}"), StringComparison.Ordinal);

        var deleted = Assert.Single(await LogAsync(Host, ModerationAction.ThreadDeleted, id));
        Assert.Equal(("Duplikat", curatorUser.Id), (deleted.Reason, deleted.ActorId));
        Assert.Single(await LogAsync(Host, ModerationAction.ThreadRestored, id));
    }

    [Fact]
    public async Task Pins_locks_and_a_moderators_edit_and_delete_of_someone_elses_post_are_in_the_log_page()
    {
        var (author, writer) = await AdoptionArrangements.SignedInAsync(Host, Roles.Anggota, "61.72");
        var (thread, id) = await ForumFlows.StartThreadAsync(author, "umum", "Diaudit " + Guid.NewGuid().ToString("N")[..6]);
        using var reply = await ForumFlows.ReplyAsync(author, thread, "Balasan yang nanti dihapus");
        var (curator, curatorUser) = await CuratorAsync(Host);
        var posts = await ForumFlows.PostsAsync(Host, id);

        using var pin = await ForumFlows.ActionAsync(curator, thread, "Pin", ("value", "true"));
        using var lockIt = await ForumFlows.ActionAsync(curator, thread, "Lock", ("value", "true"));
        using var edit = await AccountFlows.SubmitPageAsync(curator, $"/forum/p/{posts[0].Id}/ubah", ("Input.Body", "Dirapikan kurator"));
        using var delete = await ForumFlows.ActionAsync(curator, thread, "Delete", ("postId", Id(posts[1].Id)));
        using var editAgain = await AccountFlows.SubmitPageAsync(curator, $"/forum/p/{posts[0].Id}/ubah", ("Input.Body", "Dirapikan kurator lagi"));
        Assert.Equal(HttpStatusCode.Redirect, delete.StatusCode);

        foreach (var action in new[] { ModerationAction.ThreadPinned, ModerationAction.ThreadLocked, ModerationAction.PostDeleted })
        {
            var entry = Assert.Single(await LogAsync(Host, action, id));
            Assert.Equal(curatorUser.Id, entry.ActorId);
        }

        // Each edit of someone else's post is a line; the author's own edits are not moderation.
        Assert.Equal(2, (await LogAsync(Host, ModerationAction.PostEdited, id)).Count);
        Assert.Equal(writer.Id, (await LogAsync(Host, ModerationAction.PostDeleted, id))[0].SubjectUserId);

        var log = await Html.GetPageAsync(curator, "/forum/moderasi/log");
        Assert.Contains("<caption>Catatan moderasi, terbaru lebih dulu</caption>", log, StringComparison.Ordinal);
        Assert.Contains("Topik disematkan", log, StringComparison.Ordinal);
        Assert.Contains("Topik dikunci", log, StringComparison.Ordinal);
        Assert.Contains(curatorUser.FullName, log, StringComparison.Ordinal);
        var onlyLocks = await Html.GetPageAsync(curator, "/forum/moderasi/log?tindakan=ThreadLocked");
        Assert.Contains("Catatan moderasi: Topik dikunci", onlyLocks, StringComparison.Ordinal);
        Assert.DoesNotContain("<th scope=\"row\">Topik disematkan</th>", onlyLocks, StringComparison.Ordinal);
        Assert.Contains("<th scope=\"row\">Topik dikunci</th>", onlyLocks, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.OK, (await curator.GetAsync("/forum/moderasi/log?tindakan=BukanTindakan&sebelum=abc")).StatusCode);
    }
}

[Collection(SqliteCollection.Name)]
public sealed class ModerationThreadsOnSqlite(SqliteHostFixture fixture) : ModerationThreadsContract(fixture);

[Collection(PostgresCollection.Name)]
public sealed class ModerationThreadsOnPostgres(PostgresHostFixture fixture) : ModerationThreadsContract(fixture);
