using System.Net;
using Marketplace.IntegrationTests.Fixtures;
using Marketplace.IntegrationTests.Support;
using Marketplace.Web.Features.Accounts;
using Marketplace.Web.Features.Forum.Moderation;
using Marketplace.Web.Features.Notifications;
using Microsoft.EntityFrameworkCore;
using static Marketplace.IntegrationTests.Forum.Moderation.ModerationFlows;

namespace Marketplace.IntegrationTests.Forum.Moderation;

/// <summary>Flags through the thread page's form: who may flag, the messages, and three different members hiding a post.</summary>
public abstract class FlagContract(IHostFixture fixture) : SharedHostTest(fixture)
{
    [Fact]
    public async Task Three_different_members_hide_a_post_two_do_not_and_the_author_is_told()
    {
        var (author, writer) = await AdoptionArrangements.SignedInAsync(Host, Roles.Anggota, "61.72");
        var (thread, id) = await ForumFlows.StartThreadAsync(author, "umum", "Topik yang ditandai", "Beli obat murah di situs kami!");
        var post = Assert.Single(await ForumFlows.PostsAsync(Host, id));
        var (first, _) = await AdoptionArrangements.SignedInAsync(Host, Roles.Anggota, "82.71");
        var (second, _) = await AdoptionArrangements.SignedInAsync(Host, Roles.AdminWilayah, "61.72");
        var (third, _) = await AdoptionArrangements.SignedInAsync(Host, Roles.Anggota, "61.01");

        using var flag1 = await FlagAsync(first, thread, post.Id, "Spam");
        var afterFirst = await FollowAsync(first, flag1);
        Assert.Contains($"Terima kasih, pesan #1 sudah Anda tandai untuk ditinjau moderator.", afterFirst, StringComparison.Ordinal);
        using var again = await FlagAsync(first, thread, post.Id, "Kasar");
        Assert.Contains("Anda sudah menandai pesan ini sebelumnya", await FollowAsync(first, again), StringComparison.Ordinal);
        using var flag2 = await FlagAsync(second, thread, post.Id, "TidakRelevan");

        var flags = await FlagsAsync(Host, post.Id);
        Assert.Equal(2, flags.Count);
        Assert.Equal(FlagReason.Spam, flags[0].Reason);
        Assert.Null(Assert.Single(await ForumFlows.PostsAsync(Host, id)).HiddenAt);
        Assert.Contains("Beli obat murah", await Html.GetPageAsync(Host.CreateClient(), thread), StringComparison.Ordinal);

        using var flag3 = await FlagAsync(third, thread, post.Id, "Lainnya", "Tautan penipuan.");
        Assert.Equal(HttpStatusCode.Redirect, flag3.StatusCode);
        var hidden = Assert.Single(await ForumFlows.PostsAsync(Host, id));
        Assert.NotNull(hidden.HiddenAt);
        Assert.Equal(FlagService.AutomaticReason, hidden.HiddenReason);
        var page = await Html.GetPageAsync(Host.CreateClient(), thread);
        Assert.DoesNotContain("Beli obat murah", page, StringComparison.Ordinal);
        Assert.Contains("menunggu peninjauan moderator", page, StringComparison.Ordinal);
        Assert.Equal("Tautan penipuan.", (await FlagsAsync(Host, post.Id))[2].Note);

        var log = Assert.Single(await LogAsync(Host, ModerationAction.PostHidden, id));
        Assert.Null(log.ActorId);
        Assert.Equal(post.Id, log.PostId);
        var told = await Host.QueryAsync(db => db.Notifications.AsNoTracking().Where(n => n.UserId == writer.Id && n.Kind == NotificationKind.Moderation).ToListAsync());
        var notification = Assert.Single(told);
        Assert.Equal("Moderation.HiddenByFlags", notification.TextKey);
        Assert.Contains("disembunyikan sementara", await Html.GetPageAsync(author, "/notifikasi"), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Own_posts_missing_reasons_and_other_without_a_note_are_refused_with_messages()
    {
        var (author, _) = await AdoptionArrangements.SignedInAsync(Host, Roles.Anggota, "61.72");
        var (thread, id) = await ForumFlows.StartThreadAsync(author, "umum", "Topik tanpa tanda", "Isi yang wajar.");
        var post = Assert.Single(await ForumFlows.PostsAsync(Host, id));
        var (member, _) = await AdoptionArrangements.SignedInAsync(Host, Roles.Anggota, "82.71");

        var authorPage = await Html.GetPageAsync(author, thread);
        Assert.DoesNotContain($"action=\"/forum/p/{post.Id}/tandai\"", authorPage, StringComparison.Ordinal);
        Assert.Contains($"action=\"/forum/p/{post.Id}/tandai\"", await Html.GetPageAsync(member, thread), StringComparison.Ordinal);
        Assert.DoesNotContain($"action=\"/forum/p/{post.Id}/tandai\"", await Html.GetPageAsync(Host.CreateClient(), thread), StringComparison.Ordinal);

        using var own = await PostWithTokenOfAsync(author, thread, $"/forum/p/{post.Id}/tandai", ("Input.Reason", "Spam"));
        Assert.Contains("Anda tidak dapat menandai pesan Anda sendiri.", await FollowAsync(author, own), StringComparison.Ordinal);

        using var noReason = await FlagAsync(member, thread, post.Id, "");
        Assert.Equal(HttpStatusCode.OK, noReason.StatusCode);
        Assert.Contains("Pilih alasan menandai pesan ini.", AccountFlows.Errors(await noReason.Content.ReadAsStringAsync()));

        using var badReason = await FlagAsync(member, thread, post.Id, "Bohong");
        Assert.Contains("Pilih alasan menandai pesan ini.", AccountFlows.Errors(await badReason.Content.ReadAsStringAsync()));

        using var noNote = await FlagAsync(member, thread, post.Id, "Lainnya", "   ");
        Assert.Contains("Tulis catatan yang menjelaskan masalahnya bila memilih \"Lainnya\".", AccountFlows.Errors(await noNote.Content.ReadAsStringAsync()));

        using var longNote = await FlagAsync(member, thread, post.Id, "Kasar", new string('x', ModerationRules.NoteMax + 1));
        Assert.Contains($"Catatan paling banyak 500 karakter (sekarang 501).", AccountFlows.Errors(await longNote.Content.ReadAsStringAsync()));

        using var anonymous = await Host.CreateClient().GetAsync($"/forum/p/{post.Id}/tandai");
        Assert.Equal("/akun/masuk", anonymous.Headers.Location?.AbsolutePath);
        Assert.Empty(await FlagsAsync(Host, post.Id));
    }

    [Fact]
    public async Task Two_simultaneous_third_flags_hide_the_post_once()
    {
        var (author, _) = await AdoptionArrangements.SignedInAsync(Host, Roles.Anggota, "61.72");
        var (thread, id) = await ForumFlows.StartThreadAsync(author, "umum", "Balapan tanda", "Isi yang akan ditandai.");
        var post = Assert.Single(await ForumFlows.PostsAsync(Host, id));
        var members = new List<HttpClient>();
        for (var i = 0; i < 4; i++)
        {
            members.Add((await AdoptionArrangements.SignedInAsync(Host, Roles.Anggota, "61.72")).Client);
        }

        using var a = await FlagAsync(members[0], thread, post.Id, "Spam");
        using var b = await FlagAsync(members[1], thread, post.Id, "Spam");
        var tokens = await Task.WhenAll(members.Skip(2).Select(m => Forms.GetAntiforgeryAsync(m, thread, $"/forum/p/{post.Id}/tandai")));
        var responses = await Task.WhenAll(members.Skip(2).Select((m, i) =>
            Forms.PostAsync(m, $"/forum/p/{post.Id}/tandai", ("Input.Reason", "Kasar"), ("__RequestVerificationToken", tokens[i]))));

        Assert.All(responses, r => Assert.Equal(HttpStatusCode.Redirect, r.StatusCode));
        // The fourth may arrive after the post is hidden and be told so: three or four flags, one hiding.
        Assert.InRange((await FlagsAsync(Host, post.Id)).Count, 3, 4);
        Assert.NotNull(Assert.Single(await ForumFlows.PostsAsync(Host, id)).HiddenAt);
        Assert.Single(await LogAsync(Host, ModerationAction.PostHidden, id));
        foreach (var response in responses)
        {
            response.Dispose();
        }
    }
}

[Collection(SqliteCollection.Name)]
public sealed class FlagOnSqlite(SqliteHostFixture fixture) : FlagContract(fixture);

[Collection(PostgresCollection.Name)]
public sealed class FlagOnPostgres(PostgresHostFixture fixture) : FlagContract(fixture);
