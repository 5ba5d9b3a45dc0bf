using Marketplace.IntegrationTests.Fixtures;
using Marketplace.IntegrationTests.Support;
using Marketplace.Web.Features.Accounts;
using Marketplace.Web.Features.Notifications;
using Microsoft.EntityFrameworkCore;

namespace Marketplace.IntegrationTests.Notifications;

/// <summary>
/// The forum's events reach people through the real pages: a mention notifies the mentioned member once, the thread's
/// starter watches the thread and hears of replies, and nobody is told of their own post.
/// </summary>
public abstract class ForumNotificationsContract(IHostFixture fixture) : SharedHostTest(fixture)
{
    [Fact]
    public async Task A_mention_and_a_reply_notify_the_right_members_once()
    {
        var board = await ForumFlows.BoardAsync(Host);
        var (starter, starterUser) = await AdoptionArrangements.SignedInAsync(Host, Roles.Anggota, "61.72");
        var (replier, replierUser) = await AdoptionArrangements.SignedInAsync(Host, Roles.Anggota, "16.71");
        var (mentioned, mentionedUser) = await AdoptionArrangements.SignedInAsync(Host, Roles.Anggota, "33.74");
        var handle = mentionedUser.Email!.Split('@')[0];

        var (threadUrl, threadId) = await ForumFlows.StartThreadAsync(starter, board.Slug, "Kapasitas server daerah", "Berapa server untuk 49 OPD?");
        using var reply = await ForumFlows.ReplyAsync(replier, threadUrl, $"Dua server cukup, tanya @{handle} yang sudah mencoba.");

        var rows = await Host.QueryAsync(db => db.Notifications.AsNoTracking()
            .Where(n => n.UserId == starterUser.Id || n.UserId == replierUser.Id || n.UserId == mentionedUser.Id).ToListAsync());
        Assert.Equal(NotificationKind.Mention, Assert.Single(rows, n => n.UserId == mentionedUser.Id).Kind);
        Assert.Equal(NotificationKind.Reply, Assert.Single(rows, n => n.UserId == starterUser.Id).Kind);
        Assert.DoesNotContain(rows, n => n.UserId == replierUser.Id);
        Assert.True(await Host.QueryAsync(db => db.Subscriptions.AnyAsync(s => s.UserId == replierUser.Id && s.TargetKind == WatchTarget.Thread && s.TargetId == threadId)),
            "Whoever answers a thread watches it.");

        var list = AdoptionFlows.Text(await Html.GetPageAsync(mentioned, "/notifikasi"));
        Assert.Contains("menyebut Anda di “Kapasitas server daerah”", list, StringComparison.Ordinal);
    }
}

[Collection(SqliteCollection.Name)]
public sealed class ForumNotificationsOnSqlite(SqliteHostFixture fixture) : ForumNotificationsContract(fixture);

[Collection(PostgresCollection.Name)]
public sealed class ForumNotificationsOnPostgres(PostgresHostFixture fixture) : ForumNotificationsContract(fixture);
