using System.Net;
using Marketplace.IntegrationTests.Fixtures;
using Marketplace.IntegrationTests.Catalog;
using Marketplace.IntegrationTests.Support;
using Marketplace.Testing;
using Marketplace.Web.Features.Accounts;
using Marketplace.Web.Features.Forum;
using Microsoft.EntityFrameworkCore;

namespace Marketplace.IntegrationTests.Forum;

/// <summary>Who may change what: editing with history, soft deletion, answers, pins, locks and pokja membership, through the real pages.</summary>
public abstract class ForumModerationContract(IHostFixture fixture) : SharedHostTest(fixture)
{
    [Fact]
    public async Task The_author_edits_a_post_which_then_shows_who_edited_and_keeps_the_old_text()
    {
        var (author, user) = await AdoptionArrangements.SignedInAsync(Host, Roles.Anggota, "61.72");
        var (thread, id) = await ForumFlows.StartThreadAsync(author, "umum", "Suntingan", "Versi **pertama**");
        var post = Assert.Single(await ForumFlows.PostsAsync(Host, id));

        using var edit = await AccountFlows.SubmitPageAsync(author, $"/forum/p/{post.Id}/ubah", ("Input.Body", "Versi **kedua**"));
        using var empty = await AccountFlows.SubmitPageAsync(author, $"/forum/p/{post.Id}/ubah", ("Input.Body", "  "));

        Assert.Equal($"{thread}?halaman=1#pesan-1", edit.Headers.Location?.OriginalString);
        Assert.Contains("Tulis isi pesan: pesan kosong atau hanya berisi spasi tidak dapat dikirim.", AccountFlows.Errors(await empty.Content.ReadAsStringAsync()));
        var saved = Assert.Single(await ForumFlows.PostsAsync(Host, id));
        Assert.Equal("Versi **kedua**", saved.Body);
        Assert.Equal(user.FullName, saved.EditedByName);
        var revision = await Host.QueryAsync(db => db.ForumPostRevisions.AsNoTracking().SingleAsync(r => r.PostId == post.Id));
        Assert.Equal("Versi **pertama**", revision.Body);
        var page = await Html.GetPageAsync(Host.CreateClient(), thread);
        Assert.Contains("<strong>kedua</strong>", page, StringComparison.Ordinal);
        Assert.Contains("diedit oleh " + user.FullName + " pada ", page, StringComparison.Ordinal);
        Assert.Contains("<strong>pertama</strong>", await Html.GetPageAsync(author, $"/forum/p/{post.Id}/ubah"), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Editing_or_deleting_someone_elses_post_is_403_but_a_moderator_may()
    {
        var (author, _) = await AdoptionArrangements.SignedInAsync(Host, Roles.Anggota, "61.72");
        var (other, _) = await AdoptionArrangements.SignedInAsync(Host, Roles.AdminWilayah, "61.72");
        var (thread, id) = await ForumFlows.StartThreadAsync(author, "umum", "Milik orang lain", "Asli");
        var post = Assert.Single(await ForumFlows.PostsAsync(Host, id));

        using var form = await other.GetAsync($"/forum/p/{post.Id}/ubah");
        var token = await Forms.GetAntiforgeryAsync(other, thread);
        using var edit = await Forms.PostAsync(other, $"/forum/p/{post.Id}/ubah", ("Input.Body", "Diubah orang lain"), ("__RequestVerificationToken", token));
        using var delete = await Forms.PostAsync(other, thread + "?handler=Delete", ("postId", post.Id.ToString(System.Globalization.CultureInfo.InvariantCulture)), ("__RequestVerificationToken", token));

        Assert.Equal(HttpStatusCode.Forbidden, form.StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, edit.StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, delete.StatusCode);
        var unchanged = Assert.Single(await ForumFlows.PostsAsync(Host, id));
        Assert.Equal("Asli", unchanged.Body);
        Assert.Null(unchanged.DeletedAt);

        using var curator = await ForumFlows.CuratorAsync(Host);
        using var byCurator = await AccountFlows.SubmitPageAsync(curator, $"/forum/p/{post.Id}/ubah", ("Input.Body", "Dirapikan kurator"));
        Assert.Equal(HttpStatusCode.Redirect, byCurator.StatusCode);
        Assert.Equal("Dirapikan kurator", Assert.Single(await ForumFlows.PostsAsync(Host, id)).Body);
    }

    [Fact]
    public async Task The_author_deletes_a_reply_which_keeps_its_place_and_says_who_deleted_it()
    {
        var (author, user) = await AdoptionArrangements.SignedInAsync(Host, Roles.Anggota, "61.72");
        var (thread, id) = await ForumFlows.StartThreadAsync(author, "umum", "Hapus balasan");
        using var reply = await ForumFlows.ReplyAsync(author, thread, "Rahasia yang keliru ditulis");
        var second = (await ForumFlows.PostsAsync(Host, id))[1];

        using var delete = await ForumFlows.ActionAsync(author, thread, "Delete", ("postId", second.Id.ToString(System.Globalization.CultureInfo.InvariantCulture)));

        Assert.Equal($"{thread}?halaman=1#pesan-2", delete.Headers.Location?.OriginalString);
        var page = await Html.GetPageAsync(Host.CreateClient(), thread);
        Assert.DoesNotContain("Rahasia yang keliru", page, StringComparison.Ordinal);
        Assert.Contains($"Pesan ini dihapus oleh {user.FullName} pada ", page, StringComparison.Ordinal);
        Assert.Equal([1, 2], ForumFlows.Numbers(page));
        using var api = await Host.CreateClient().GetAsync($"/api/v1/forum/threads/{id}");
        var posts = (await ApiCalls.JsonAsync(api)).GetProperty("posts");
        Assert.True(posts[1].GetProperty("deleted").GetBoolean());
        Assert.Equal(System.Text.Json.JsonValueKind.Null, posts[1].GetProperty("body").ValueKind);
    }

    [Fact]
    public async Task The_starter_marks_the_answer_and_another_member_may_not()
    {
        var (starter, _) = await AdoptionArrangements.SignedInAsync(Host, Roles.Anggota, "61.72");
        var (helper, _) = await AdoptionArrangements.SignedInAsync(Host, Roles.Anggota, "82.71");
        var (thread, id) = await ForumFlows.StartThreadAsync(starter, "umum", "Pertanyaan dengan jawaban");
        using var reply = await ForumFlows.ReplyAsync(helper, thread, "Ini jawabannya.");
        var answer = (await ForumFlows.PostsAsync(Host, id))[1];
        var postId = answer.Id.ToString(System.Globalization.CultureInfo.InvariantCulture);

        using var byHelper = await ForumFlows.ActionAsync(helper, thread, "Answer", ("postId", postId));
        Assert.Equal(HttpStatusCode.Forbidden, byHelper.StatusCode);
        Assert.Null((await ForumFlows.ThreadAsync(Host, id)).AnswerPostId);

        using var byStarter = await ForumFlows.ActionAsync(starter, thread, "Answer", ("postId", postId));
        Assert.Equal(HttpStatusCode.Redirect, byStarter.StatusCode);
        Assert.Equal(answer.Id, (await ForumFlows.ThreadAsync(Host, id)).AnswerPostId);
        var page = await Html.GetPageAsync(Host.CreateClient(), thread);
        Assert.Contains("forum-post forum-answer\" id=\"pesan-2\"", page, StringComparison.Ordinal);
        Assert.Contains(">Terjawab<", page, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_moderator_pins_and_locks_a_thread_and_a_member_can_then_not_reply()
    {
        var board = await ForumFlows.BoardAsync(Host);
        var (member, _) = await AdoptionArrangements.SignedInAsync(Host, Roles.Anggota, "61.72");
        var (older, olderId) = await ForumFlows.StartThreadAsync(member, board.Slug, "Topik lama yang penting");
        var (newer, _) = await ForumFlows.StartThreadAsync(member, board.Slug, "Topik baru biasa");
        using var curator = await ForumFlows.CuratorAsync(Host);

        using var memberPin = await ForumFlows.ActionAsync(member, older, "Pin", ("value", "true"));
        using var pin = await ForumFlows.ActionAsync(curator, older, "Pin", ("value", "true"));
        using var locking = await ForumFlows.ActionAsync(curator, older, "Lock", ("value", "true"));

        Assert.Equal(HttpStatusCode.Forbidden, memberPin.StatusCode);
        Assert.Equal(HttpStatusCode.Redirect, pin.StatusCode);
        var thread = await ForumFlows.ThreadAsync(Host, olderId);
        Assert.True(thread.IsPinned && thread.IsLocked);
        var boardPage = await Html.GetPageAsync(Host.CreateClient(), $"/forum/{board.Slug}");
        Assert.True(boardPage.IndexOf(older, StringComparison.Ordinal) < boardPage.IndexOf(newer, StringComparison.Ordinal), "The pinned thread comes first.");

        var page = await Html.GetPageAsync(member, older);
        Assert.Contains("Topik ini dikunci: tidak dapat dibalas lagi.", page, StringComparison.Ordinal);
        var token = await Forms.GetAntiforgeryAsync(member, newer);
        using var reply = await Forms.PostAsync(member, older + "?handler=Reply", ("Input.Body", "Masih mau membalas"), ("__RequestVerificationToken", token));
        Assert.Equal(HttpStatusCode.Forbidden, reply.StatusCode);
        Assert.Single(await ForumFlows.PostsAsync(Host, olderId));

        using var byCurator = await ForumFlows.ReplyAsync(curator, older, "Catatan penutup dari kurator.");
        Assert.Equal(HttpStatusCode.Redirect, byCurator.StatusCode);
        using var unlock = await ForumFlows.ActionAsync(curator, older, "Lock", ("value", "false"));
        using var again = await ForumFlows.ReplyAsync(member, older, "Sekarang boleh.");
        Assert.Equal(HttpStatusCode.Redirect, again.StatusCode);
        Assert.Equal(3, (await ForumFlows.ThreadAsync(Host, olderId)).PostCount);
    }

    [Fact]
    public async Task Only_pokja_members_post_on_a_pokja_board_and_a_curator_manages_them()
    {
        const string pokja = "pokja-data-dan-informasi";
        var (member, user) = await AdoptionArrangements.SignedInAsync(Host, Roles.AdminWilayah, "61.72");
        var title = "Satu Data " + Guid.NewGuid().ToString("N")[..8];

        using var form = await member.GetAsync($"/forum/{pokja}/baru");
        var token = await Forms.GetAntiforgeryAsync(member, $"/forum/{pokja}");
        using var post = await Forms.PostAsync(member, $"/forum/{pokja}/baru", ("Input.Title", title), ("Input.Body", "Usulan"), ("__RequestVerificationToken", token));
        using var membersPage = await member.GetAsync($"/forum/{pokja}/anggota");
        Assert.Equal(HttpStatusCode.Forbidden, form.StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, post.StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, membersPage.StatusCode);
        Assert.Contains("Hanya anggota pokja ini yang dapat menulis di sini.", await Html.GetPageAsync(member, $"/forum/{pokja}"), StringComparison.Ordinal);
        Assert.False(await Host.QueryAsync(db => db.ForumThreads.AnyAsync(t => t.Title == title)));

        using var curator = await ForumFlows.CuratorAsync(Host);
        var membersUrl = $"/forum/{pokja}/anggota";
        using var unknown = await Forms.SubmitAsync(curator, membersUrl, membersUrl + "?handler=Add", ("Email", "tidak.ada@contoh.go.id"));
        using var add = await Forms.SubmitAsync(curator, membersUrl, membersUrl + "?handler=Add", ("Email", user.Email!.ToUpperInvariant()));
        Assert.Contains("Tidak ada akun aktif dengan alamat surel \"tidak.ada@contoh.go.id\".", AccountFlows.Errors(await unknown.Content.ReadAsStringAsync()));
        Assert.Equal(HttpStatusCode.Redirect, add.StatusCode);
        Assert.Contains(user.Email!, await Html.GetPageAsync(curator, membersUrl), StringComparison.Ordinal);

        var (thread, id) = await ForumFlows.StartThreadAsync(member, pokja, title, "Usulan pertama");
        Assert.Equal(1, (await ForumFlows.ThreadAsync(Host, id)).PostCount);

        using var remove = await Forms.SubmitAsync(curator, membersUrl, membersUrl + "?handler=Remove", ("userId", user.Id));
        Assert.Equal(HttpStatusCode.Redirect, remove.StatusCode);
        var replyToken = await Forms.GetAntiforgeryAsync(member, "/forum");
        using var after = await Forms.PostAsync(member, thread + "?handler=Reply", ("Input.Body", "Setelah dikeluarkan"), ("__RequestVerificationToken", replyToken));
        Assert.Equal(HttpStatusCode.Forbidden, after.StatusCode);
        Assert.Single(await ForumFlows.PostsAsync(Host, id));
    }
}

[Collection(SqliteCollection.Name)]
public sealed class ForumModerationOnSqlite(SqliteHostFixture fixture) : ForumModerationContract(fixture);

[Collection(PostgresCollection.Name)]
public sealed class ForumModerationOnPostgres(PostgresHostFixture fixture) : ForumModerationContract(fixture);
