using System.Net;
using System.Text.Json;
using Marketplace.IntegrationTests.Catalog;
using Marketplace.IntegrationTests.Fixtures;
using Marketplace.IntegrationTests.Support;
using Marketplace.Testing;
using Marketplace.Web.Features.Accounts;
using Marketplace.Web.Features.Notifications;
using Microsoft.EntityFrameworkCore;
using static Marketplace.IntegrationTests.Notifications.NotificationArrangements;

namespace Marketplace.IntegrationTests.Notifications;

/// <summary>Watching an application from its page, the list of watched things, and the notifications API.</summary>
public abstract class WatchAndApiContract(IHostFixture fixture) : SharedHostTest(fixture)
{
    private const string Region = "71.72";

    [Fact]
    public async Task Watching_an_application_from_its_page_is_idempotent_and_leaves_others_alone()
    {
        var slug = await AdoptionFlows.PublishedAppAsync(Host, Region);
        var appId = await Host.QueryAsync(db => db.Apps.Where(a => a.Slug == slug).Select(a => a.Id).SingleAsync());
        var (client, user) = await AdoptionArrangements.SignedInAsync(Host, Roles.Anggota, "82.72");
        var other = await TestAccounts.CreateAsync(Host, Roles.Anggota, Region);
        await WithServiceAsync(Host, s => s.WatchAsync(other.Id, WatchTarget.App, appId));
        var page = $"/katalog/{slug}";

        Assert.Contains("Pantau aplikasi ini", await Html.GetPageAsync(client, page), StringComparison.Ordinal);
        using var watch = await Toggle(client, page, appId, watch: true);
        using var again = await Toggle(client, page, appId, watch: true);

        Assert.Equal(HttpStatusCode.Redirect, watch.StatusCode);
        Assert.Equal(page, watch.Headers.Location?.OriginalString);
        var subscription = Assert.Single(await SubscriptionsOfAsync(Host, user.Id));
        Assert.Equal((WatchTarget.App, (long)appId), (subscription.TargetKind, subscription.TargetId));
        var watchedPage = AdoptionFlows.Text(await Html.GetPageAsync(client, page));
        Assert.Contains("Anda memantau aplikasi ini.", watchedPage, StringComparison.Ordinal);
        Assert.Contains("Berhenti memantau", watchedPage, StringComparison.Ordinal);
        var list = await Html.GetPageAsync(client, "/notifikasi/pantauan");
        Assert.Contains($"href=\"/katalog/{slug}\"", list, StringComparison.Ordinal);

        using var unwatch = await Toggle(client, page, appId, watch: false);
        using var unwatchAgain = await Toggle(client, page, appId, watch: false);

        Assert.Equal(HttpStatusCode.Redirect, unwatchAgain.StatusCode);
        Assert.Empty(await SubscriptionsOfAsync(Host, user.Id));
        Assert.Single(await SubscriptionsOfAsync(Host, other.Id));
        Assert.Contains("Anda belum memantau apa pun.", AdoptionFlows.Text(await Html.GetPageAsync(client, "/notifikasi/pantauan")), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Bad_watch_requests_are_refused_and_store_nothing()
    {
        var slug = await AdoptionFlows.PublishedAppAsync(Host, Region);
        var (client, user) = await AdoptionArrangements.SignedInAsync(Host, Roles.Anggota, "82.72");
        var token = await Forms.GetAntiforgeryAsync(client, $"/katalog/{slug}", "/notifikasi/pantau");

        using var unknownKind = await Post(client, token, "Planet", "1", "true", "/");
        using var numericKind = await Post(client, token, "2", "1", "true", "/");
        using var unknownApp = await Post(client, token, "App", int.MaxValue.ToString(System.Globalization.CultureInfo.InvariantCulture), "true", "/");
        using var foreignReturn = await Post(client, token, "App", "1", "false", "https://evil.example/");
        using var get = await client.GetAsync("/notifikasi/pantau");

        Assert.Equal(HttpStatusCode.BadRequest, unknownKind.StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, numericKind.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, unknownApp.StatusCode);
        Assert.Equal("/notifikasi/pantauan", foreignReturn.Headers.Location?.OriginalString);
        Assert.Equal(HttpStatusCode.NotFound, get.StatusCode);
        Assert.Empty(await SubscriptionsOfAsync(Host, user.Id));
    }

    [Fact]
    public async Task The_forum_entry_points_reach_watchers_and_a_mention_wins_over_a_reply_of_the_same_post()
    {
        var watcher = await TestAccounts.CreateAsync(Host, Roles.Anggota, Region);
        var mentioned = await TestAccounts.CreateAsync(Host, Roles.Anggota, Region);
        var author = await TestAccounts.CreateAsync(Host, Roles.Anggota, Region);
        var threadId = Random.Shared.NextInt64(1, long.MaxValue);
        var postId = Random.Shared.NextInt64(1, long.MaxValue);
        await WithServiceAsync(Host, s => s.WatchAsync(watcher.Id, WatchTarget.Thread, threadId));
        await WithServiceAsync(Host, s => s.WatchAsync(mentioned.Id, WatchTarget.Thread, threadId));
        await WithServiceAsync(Host, s => s.WatchAsync(author.Id, WatchTarget.Thread, threadId));

        var mentions = await WithServiceAsync(Host, s => s.MentionedAsync([mentioned.Id], postId, "Satu Data", $"/forum/t/{threadId}/satu-data", author.Id, "Sari"));
        var replies = await WithServiceAsync(Host, s => s.RepliedAsync(threadId, postId, "Satu Data", $"/forum/t/{threadId}/satu-data", author.Id, "Sari"));

        Assert.Equal((1, 1), (mentions, replies));
        Assert.Equal([NotificationKind.Mention], (await OfAsync(Host, mentioned.Id)).Select(n => n.Kind));
        Assert.Equal([NotificationKind.Reply], (await OfAsync(Host, watcher.Id)).Select(n => n.Kind));
        Assert.Empty(await OfAsync(Host, author.Id));
    }

    [Fact]
    public async Task The_api_lists_and_marks_only_the_callers_own_notifications()
    {
        var (user, client) = await ApiCalls.PublisherAsync(Host, Region, Roles.Anggota);
        var other = await TestAccounts.CreateAsync(Host, Roles.Anggota, Region);
        await NotifyAsync(Host, Draft(), user.Id);
        await NotifyAsync(Host, Draft(), user.Id);
        await NotifyAsync(Host, Draft(), other.Id);
        var mine = await OfAsync(Host, user.Id);
        var theirs = (await OfAsync(Host, other.Id)).Single();

        using var read = await client.PostAsync($"/api/v1/notifications/{mine[0].Id}/read", null);
        using var readOthers = await client.PostAsync($"/api/v1/notifications/{theirs.Id}/read", null);
        var unread = await ListAsync(client, "/api/v1/notifications?unread=true");
        var all = await ListAsync(client, "/api/v1/notifications?limit=1");
        var rest = await ListAsync(client, $"/api/v1/notifications?limit=1&before={all.GetProperty("next").GetInt64()}");

        Assert.Equal(HttpStatusCode.NoContent, read.StatusCode);
        await ApiCalls.ProblemAsync(readOthers, HttpStatusCode.NotFound);
        Assert.Null((await OfAsync(Host, other.Id)).Single().ReadAt);
        var onlyUnread = Assert.Single(unread.GetProperty("items").EnumerateArray());
        Assert.Equal(mine[1].Id, onlyUnread.GetProperty("id").GetInt64());
        Assert.Equal("Reply", onlyUnread.GetProperty("kind").GetString());
        Assert.Equal("Budi Santoso membalas di “Server bersama untuk SPBE”", onlyUnread.GetProperty("text").GetString());
        Assert.Equal(1, unread.GetProperty("unread").GetInt32());
        Assert.Equal(mine[1].Id, all.GetProperty("items")[0].GetProperty("id").GetInt64());
        Assert.Equal(mine[0].Id, rest.GetProperty("items")[0].GetProperty("id").GetInt64());
        Assert.Equal(JsonValueKind.Null, rest.GetProperty("next").ValueKind);
    }

    [Fact]
    public async Task The_api_answers_401_to_anonymous_callers()
    {
        var client = Host.CreateClient();

        using var list = await client.GetAsync("/api/v1/notifications");
        using var read = await client.PostAsync("/api/v1/notifications/1/read", null);

        await ApiCalls.ProblemAsync(list, HttpStatusCode.Unauthorized);
        await ApiCalls.ProblemAsync(read, HttpStatusCode.Unauthorized);
    }

    private static async Task<JsonElement> ListAsync(HttpClient client, string url)
    {
        using var response = await client.GetAsync(url);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return await ApiCalls.JsonAsync(response);
    }

    private static async Task<HttpResponseMessage> Toggle(HttpClient client, string page, int appId, bool watch)
    {
        var token = await Forms.GetAntiforgeryAsync(client, page, "/notifikasi/pantau");
        return await Post(client, token, "App", appId.ToString(System.Globalization.CultureInfo.InvariantCulture), watch ? "true" : "false", page);
    }

    private static Task<HttpResponseMessage> Post(HttpClient client, string token, string kind, string targetId, string watch, string returnUrl) =>
        Forms.PostAsync(client, "/notifikasi/pantau",
            ("kind", kind), ("targetId", targetId), ("watch", watch), ("returnUrl", returnUrl), ("__RequestVerificationToken", token));
}

[Collection(SqliteCollection.Name)]
public sealed class WatchAndApiOnSqlite(SqliteHostFixture fixture) : WatchAndApiContract(fixture);

[Collection(PostgresCollection.Name)]
public sealed class WatchAndApiOnPostgres(PostgresHostFixture fixture) : WatchAndApiContract(fixture);
