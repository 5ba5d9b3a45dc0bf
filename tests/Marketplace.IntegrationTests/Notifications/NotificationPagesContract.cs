using System.Net;
using Marketplace.IntegrationTests.Fixtures;
using Marketplace.IntegrationTests.Support;
using Marketplace.Testing;
using Marketplace.Web.Features.Accounts;
using Marketplace.Web.Features.Notifications;
using Microsoft.EntityFrameworkCore;
using static Marketplace.IntegrationTests.Notifications.NotificationArrangements;

namespace Marketplace.IntegrationTests.Notifications;

/// <summary>
/// The notification pages as a browser without JavaScript uses them: the list in the reader's language, opening one
/// (a POST that marks it read), marking all read, the header count; and that nobody reaches another user's rows.
/// </summary>
public abstract class NotificationPagesContract(IHostFixture fixture) : SharedHostTest(fixture)
{
    private const string Region = "71.72";

    [Fact]
    public async Task The_same_event_twice_is_one_notification_and_the_actor_is_never_told()
    {
        var reader = await TestAccounts.CreateAsync(Host, Roles.Anggota, Region);
        var actor = await TestAccounts.CreateAsync(Host, Roles.Anggota, Region);
        var draft = Draft(actor.Id);

        var first = await NotifyAsync(Host, draft, reader.Id, actor.Id, reader.Id, "no-such-user", "");
        var again = await NotifyAsync(Host, draft with { Args = ["Lain", "Lain"] }, reader.Id);

        Assert.Equal((1, 0), (first, again));
        var stored = Assert.Single(await OfAsync(Host, reader.Id));
        Assert.Contains("Budi Santoso", stored.ArgsJson, StringComparison.Ordinal);
        Assert.Empty(await OfAsync(Host, actor.Id));
    }

    [Fact]
    public async Task Long_text_is_capped_and_a_foreign_link_is_refused()
    {
        var reader = await TestAccounts.CreateAsync(Host, Roles.Anggota, Region);
        var draft = Draft() with { Args = [new string('a', 5000)], Excerpt = new string('b', 5000), ActorName = new string('c', 5000) };

        await NotifyAsync(Host, draft, reader.Id);
        await Assert.ThrowsAsync<ArgumentException>(() => NotifyAsync(Host, Draft(url: "//evil.example/"), reader.Id));

        var stored = Assert.Single(await OfAsync(Host, reader.Id));
        Assert.Equal(NotificationRules.ExcerptMax, stored.Excerpt!.Length);
        Assert.Equal(NotificationRules.ActorNameMax, stored.ActorName!.Length);
        Assert.Equal(NotificationRules.ArgMax, NotificationRules.ArgsFromJson(stored.ArgsJson).Single().Length);
    }

    [Fact]
    public async Task The_list_renders_the_stored_sentence_in_Indonesian_and_in_English()
    {
        var (client, reader) = await AdoptionArrangements.SignedInAsync(Host, Roles.Anggota, Region);
        await NotifyAsync(Host, Draft(), reader.Id);

        var indonesian = AdoptionFlows.Text(await Html.GetPageAsync(client, "/notifikasi", acceptLanguage: "id"));
        var english = AdoptionFlows.Text(await Html.GetPageAsync(client, "/notifikasi", acceptLanguage: "en"));

        Assert.Contains("Budi Santoso membalas di “Server bersama untuk SPBE”", indonesian, StringComparison.Ordinal);
        Assert.Contains("Belum dibaca", indonesian, StringComparison.Ordinal);
        Assert.Contains("Kami memakai dua server.", indonesian, StringComparison.Ordinal);
        Assert.Contains("Budi Santoso replied in “Server bersama untuk SPBE”", english, StringComparison.Ordinal);
        Assert.Contains("Unread", english, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_list_pages_newest_first_and_filters_unread()
    {
        var (client, reader) = await AdoptionArrangements.SignedInAsync(Host, Roles.Anggota, Region);
        for (var i = 0; i < 23; i++)
        {
            await NotifyAsync(Host, Draft() with { Args = ["Penulis", $"Topik nomor {i:00}"] }, reader.Id);
        }

        var ids = (await OfAsync(Host, reader.Id)).Select(n => n.Id).ToList();
        await WithServiceAsync(Host, s => s.MarkReadAsync(reader.Id, ids[^1]));

        var first = AdoptionFlows.Text(await Html.GetPageAsync(client, "/notifikasi"));
        var second = AdoptionFlows.Text(await Html.GetPageAsync(client, $"/notifikasi?sebelum={ids[3]}"));
        var unread = AdoptionFlows.Text(await Html.GetPageAsync(client, "/notifikasi?belum=true"));

        Assert.True(first.IndexOf("Topik nomor 22", StringComparison.Ordinal) < first.IndexOf("Topik nomor 21", StringComparison.Ordinal));
        Assert.DoesNotContain("Topik nomor 02", first, StringComparison.Ordinal);
        Assert.Contains("Notifikasi lebih lama", first, StringComparison.Ordinal);
        Assert.Equal(["Topik nomor 02", "Topik nomor 01", "Topik nomor 00"], new[] { "Topik nomor 02", "Topik nomor 01", "Topik nomor 00" }.Where(t => second.Contains(t, StringComparison.Ordinal)));
        Assert.DoesNotContain("Topik nomor 03", second, StringComparison.Ordinal);
        Assert.DoesNotContain("Topik nomor 22", unread, StringComparison.Ordinal);
        Assert.Contains("Topik nomor 21", unread, StringComparison.Ordinal);
        Assert.Contains("22 notifikasi belum dibaca.", first, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Opening_a_notification_marks_it_read_and_goes_where_it_leads_and_only_by_post()
    {
        var (client, reader) = await AdoptionArrangements.SignedInAsync(Host, Roles.Anggota, Region);
        await NotifyAsync(Host, Draft(url: "/katalog?cari=parkir"), reader.Id);
        var id = (await OfAsync(Host, reader.Id)).Single().Id;

        using (var get = await client.GetAsync($"/notifikasi/{id}/baca"))
        {
            Assert.Equal(HttpStatusCode.NotFound, get.StatusCode);
        }

        using (var withoutToken = await Forms.PostAsync(client, $"/notifikasi/{id}/baca"))
        {
            Assert.Equal(HttpStatusCode.BadRequest, withoutToken.StatusCode);
        }

        Assert.Null((await OfAsync(Host, reader.Id)).Single().ReadAt);
        using var open = await Forms.SubmitAsync(client, "/notifikasi", $"/notifikasi/{id}/baca");

        Assert.Equal(HttpStatusCode.Redirect, open.StatusCode);
        Assert.Equal("/katalog?cari=parkir", open.Headers.Location?.OriginalString);
        Assert.NotNull((await OfAsync(Host, reader.Id)).Single().ReadAt);
        Assert.DoesNotContain("Belum dibaca", AdoptionFlows.Text(await Html.GetPageAsync(client, "/notifikasi")), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Someone_elses_notification_is_not_found_and_stays_unread()
    {
        var (client, reader) = await AdoptionArrangements.SignedInAsync(Host, Roles.Anggota, Region);
        var other = await TestAccounts.CreateAsync(Host, Roles.Anggota, Region);
        await NotifyAsync(Host, Draft(), reader.Id);
        await NotifyAsync(Host, Draft(), other.Id);
        var othersId = (await OfAsync(Host, other.Id)).Single().Id;
        var token = await Forms.GetAntiforgeryAsync(client, "/notifikasi", "/notifikasi/baca-semua");

        using var theirs = await Forms.PostAsync(client, $"/notifikasi/{othersId}/baca", ("__RequestVerificationToken", token));
        using var unknown = await Forms.PostAsync(client, $"/notifikasi/{long.MaxValue}/baca", ("__RequestVerificationToken", token));

        Assert.Equal(HttpStatusCode.NotFound, theirs.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, unknown.StatusCode);
        Assert.Null((await OfAsync(Host, other.Id)).Single().ReadAt);
        Assert.Null((await OfAsync(Host, reader.Id)).Single().ReadAt);
    }

    [Fact]
    public async Task Mark_all_read_touches_only_the_users_own_rows_and_the_header_count_follows()
    {
        var (client, reader) = await AdoptionArrangements.SignedInAsync(Host, Roles.Anggota, Region);
        var other = await TestAccounts.CreateAsync(Host, Roles.Anggota, Region);
        await NotifyAsync(Host, Draft(), reader.Id);
        await NotifyAsync(Host, Draft(), reader.Id, other.Id);
        await NotifyAsync(Host, Draft(), reader.Id);

        var before = await Html.GetPageAsync(client, "/katalog");
        using var response = await Forms.SubmitAsync(client, "/notifikasi", "/notifikasi/baca-semua");
        var status = AdoptionFlows.Text(await Html.GetPageAsync(client, "/notifikasi"));
        var after = await Html.GetPageAsync(client, "/katalog");
        var english = await Html.GetPageAsync(client, "/katalog", acceptLanguage: "en");

        Assert.Contains(">Notifikasi (3 belum dibaca)</a>", before, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal("/notifikasi", response.Headers.Location?.OriginalString);
        Assert.All(await OfAsync(Host, reader.Id), n => Assert.NotNull(n.ReadAt));
        Assert.Null((await OfAsync(Host, other.Id)).Single().ReadAt);
        Assert.Contains(">Notifikasi</a>", after, StringComparison.Ordinal);
        Assert.DoesNotContain("belum dibaca)", after, StringComparison.Ordinal);
        Assert.Contains(">Notifications</a>", english, StringComparison.Ordinal);
        Assert.Contains("3 notifikasi ditandai sudah dibaca.", status, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Anonymous_visitors_have_no_count_and_are_sent_to_sign_in()
    {
        var client = Host.CreateClient();

        var home = await Html.GetPageAsync(client, "/katalog");
        using var list = await client.GetAsync("/notifikasi");

        Assert.DoesNotContain("href=\"/notifikasi\"", home, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Redirect, list.StatusCode);
        Assert.Equal("/akun/masuk", list.Headers.Location?.AbsolutePath);
    }
}

[Collection(SqliteCollection.Name)]
public sealed class NotificationPagesOnSqlite(SqliteHostFixture fixture) : NotificationPagesContract(fixture);

[Collection(PostgresCollection.Name)]
public sealed class NotificationPagesOnPostgres(PostgresHostFixture fixture) : NotificationPagesContract(fixture);
