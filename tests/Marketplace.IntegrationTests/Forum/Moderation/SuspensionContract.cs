using System.Net;
using Marketplace.IntegrationTests.Fixtures;
using Marketplace.IntegrationTests.Support;
using Marketplace.Web.Features.Accounts;
using Marketplace.Web.Features.Forum;
using Marketplace.Web.Features.Forum.Moderation;
using Marketplace.Web.Features.Notifications;
using Microsoft.EntityFrameworkCore;
using static Marketplace.IntegrationTests.Forum.Moderation.ModerationFlows;

namespace Marketplace.IntegrationTests.Forum.Moderation;

/// <summary>Suspending a member: the refusal they read (until when and why), the end of it, and whom a moderator may not suspend.</summary>
public abstract class SuspensionContract(IHostFixture fixture) : SharedHostTest(fixture)
{
    private const string Suspensions = "/forum/moderasi/skors";

    [Fact]
    public async Task A_suspended_member_is_told_until_when_and_why_and_writes_again_once_it_ends()
    {
        var (member, user) = await AdoptionArrangements.SignedInAsync(Host, Roles.Anggota, "61.72");
        var (thread, id) = await ForumFlows.StartThreadAsync(member, "umum", "Sebelum diskors", "Isi awal.");
        var post = Assert.Single(await ForumFlows.PostsAsync(Host, id));
        var (curator, curatorUser) = await CuratorAsync(Host);
        var form = $"{Suspensions}?pengguna={Uri.EscapeDataString(user.Id)}&pesan={post.Id}";
        var action = $"{Suspensions}?handler=Suspend&pengguna={Uri.EscapeDataString(user.Id)}&pesan={post.Id}";

        Assert.Contains($"href=\"{form.Replace("&", "&amp;", StringComparison.Ordinal)}\"", await Html.GetPageAsync(curator, thread), StringComparison.Ordinal);
        using var tooLong = await PostWithTokenOfAsync(curator, form, action, ("Input.Days", "366"), ("Input.Reason", ""));
        var errors = AccountFlows.Errors(await tooLong.Content.ReadAsStringAsync());
        Assert.Contains("Lama skors harus antara 1 dan 365 hari.", errors);
        Assert.Contains("Tulis alasannya.", errors);
        Assert.False(await Host.QueryAsync(db => db.ForumSuspensions.AnyAsync(s => s.UserId == user.Id)));

        using var suspend = await PostWithTokenOfAsync(curator, form, action, ("Input.Days", "3"), ("Input.Reason", "Berulang kali mengirim iklan"));
        var suspensions = await FollowAsync(curator, suspend);
        Assert.Contains($"{user.FullName} diskors hingga ", suspensions, StringComparison.Ordinal);
        var suspension = await Host.QueryAsync(db => db.ForumSuspensions.AsNoTracking().SingleAsync(s => s.UserId == user.Id));
        Assert.InRange(suspension.Until - DateTimeOffset.UtcNow, TimeSpan.FromDays(2.9), TimeSpan.FromDays(3));
        Assert.Equal(curatorUser.Id, suspension.ById);
        // The page speaks Indonesian; the test process's culture would write "December" where the page says "Desember".
        var until = WithCulture("id-ID", () => ForumFormat.When(suspension.Until));
        Assert.Contains(until, suspensions, StringComparison.Ordinal);

        var token = await Forms.GetAntiforgeryAsync(member, "/forum");
        using var reply = await Forms.PostAsync(member, thread + "?handler=Reply", ("Input.Body", "Balasan saat diskors"), ("__RequestVerificationToken", token));
        Assert.Equal(HttpStatusCode.Forbidden, reply.StatusCode);
        var refusal = await reply.Content.ReadAsStringAsync();
        Assert.Contains($"Anda tidak dapat menulis di forum hingga {until}.", refusal, StringComparison.Ordinal);
        Assert.Contains("Alasan: Berulang kali mengirim iklan", refusal, StringComparison.Ordinal);
        using var newThread = await member.GetAsync("/forum/umum/baru");
        Assert.Equal(HttpStatusCode.Forbidden, newThread.StatusCode);
        Assert.Contains(until, await newThread.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        using var edit = await member.GetAsync($"/forum/p/{post.Id}/ubah");
        Assert.Equal(HttpStatusCode.Forbidden, edit.StatusCode);
        Assert.Contains("Berulang kali mengirim iklan", await edit.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        var threadPage = await Html.GetPageAsync(member, thread);
        Assert.Contains($"Anda tidak dapat menulis di forum hingga {until}.", threadPage, StringComparison.Ordinal);
        Assert.DoesNotContain("Hanya anggota pokja ini", threadPage, StringComparison.Ordinal);
        Assert.Single(await ForumFlows.PostsAsync(Host, id));
        Assert.Equal("Moderation.Suspended", await Host.QueryAsync(db => db.Notifications.Where(n => n.UserId == user.Id && n.Kind == NotificationKind.Moderation).Select(n => n.TextKey).SingleAsync()));

        using var twice = await PostWithTokenOfAsync(curator, form, action, ("Input.Days", "5"), ("Input.Reason", "Lagi"));
        Assert.Contains($"{user.FullName} sudah diskors hingga {until}", await FollowAsync(curator, twice), StringComparison.Ordinal);

        await Host.QueryAsync(db => db.ForumSuspensions.Where(s => s.UserId == user.Id).ExecuteUpdateAsync(s => s.SetProperty(x => x.Until, DateTimeOffset.UtcNow.AddMinutes(-1))));
        using var after = await ForumFlows.ReplyAsync(member, thread, "Boleh menulis lagi.");
        Assert.Equal(HttpStatusCode.Redirect, after.StatusCode);
        Assert.Equal(2, (await ForumFlows.PostsAsync(Host, id)).Count);

        var entry = Assert.Single(await LogAsync(Host, ModerationAction.UserSuspended, subject: user.Id));
        Assert.Equal(("Berulang kali mengirim iklan", curatorUser.FullName), (entry.Reason, entry.ActorName));
        Assert.Equal((post.Id, id), (entry.PostId, entry.ThreadId));
        Assert.Contains($"hingga {until}", await Html.GetPageAsync(curator, "/forum/moderasi/log?tindakan=UserSuspended"), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_moderator_lifts_a_suspension_early_and_lifting_it_again_says_so()
    {
        var (member, user) = await AdoptionArrangements.SignedInAsync(Host, Roles.Anggota, "61.72");
        var (curator, _) = await CuratorAsync(Host);
        var form = $"{Suspensions}?pengguna={Uri.EscapeDataString(user.Id)}";
        using var suspend = await PostWithTokenOfAsync(curator, form, $"{Suspensions}?handler=Suspend&pengguna={Uri.EscapeDataString(user.Id)}", ("Input.Days", "30"), ("Input.Reason", "Bahasa kasar"));
        var suspension = await Host.QueryAsync(db => db.ForumSuspensions.AsNoTracking().SingleAsync(s => s.UserId == user.Id));
        Assert.Contains(user.FullName, await Html.GetPageAsync(curator, Suspensions), StringComparison.Ordinal);

        using var lift = await ActAsync(curator, Suspensions, $"{Suspensions}?handler=Lift", ("suspensionId", Id(suspension.Id)));
        Assert.Contains($"Skors {user.FullName} dicabut.", await FollowAsync(curator, lift), StringComparison.Ordinal);
        using var again = await PostWithTokenOfAsync(curator, Suspensions, $"{Suspensions}?handler=Lift", ("suspensionId", Id(suspension.Id)));
        Assert.Contains("sudah berakhir atau sudah dicabut", await FollowAsync(curator, again), StringComparison.Ordinal);

        var (thread, _) = await ForumFlows.StartThreadAsync(member, "umum", "Setelah skors dicabut");
        Assert.StartsWith("/forum/t/", thread, StringComparison.Ordinal);
        Assert.Single(await LogAsync(Host, ModerationAction.SuspensionLifted, subject: user.Id));
    }

    [Fact]
    public async Task Kurators_administrators_and_oneself_cannot_be_suspended()
    {
        var (curator, curatorUser) = await CuratorAsync(Host);
        var (_, otherCurator) = await CuratorAsync(Host);
        var admin = await Marketplace.Testing.TestAccounts.CreateAsync(Host, Roles.Administrator, "00.01");

        foreach (var (target, message) in new[]
        {
            (otherCurator, $"{otherCurator.FullName} adalah Kurator atau Administrator dan tidak dapat diskors."),
            (admin, $"{admin.FullName} adalah Kurator atau Administrator dan tidak dapat diskors."),
            (curatorUser, "Anda tidak dapat menskors diri sendiri."),
        })
        {
            var id = Uri.EscapeDataString(target.Id);
            using var response = await PostWithTokenOfAsync(curator, $"{Suspensions}?pengguna={id}", $"{Suspensions}?handler=Suspend&pengguna={id}", ("Input.Days", "3"), ("Input.Reason", "Coba"));
            Assert.Contains(message, await FollowAsync(curator, response), StringComparison.Ordinal);
        }

        Assert.False(await Host.QueryAsync(db => db.ForumSuspensions.AnyAsync(s => s.UserId == otherCurator.Id || s.UserId == admin.Id || s.UserId == curatorUser.Id)));
        using var unknown = await curator.GetAsync($"{Suspensions}?pengguna=tidak-ada");
        Assert.Equal(HttpStatusCode.NotFound, unknown.StatusCode);
    }

    private static string WithCulture(string name, Func<string> format)
    {
        var previous = System.Globalization.CultureInfo.CurrentCulture;
        System.Globalization.CultureInfo.CurrentCulture = new System.Globalization.CultureInfo(name);
        try
        {
            return format();
        }
        finally
        {
            System.Globalization.CultureInfo.CurrentCulture = previous;
        }
    }
}

[Collection(SqliteCollection.Name)]
public sealed class SuspensionOnSqlite(SqliteHostFixture fixture) : SuspensionContract(fixture);

[Collection(PostgresCollection.Name)]
public sealed class SuspensionOnPostgres(PostgresHostFixture fixture) : SuspensionContract(fixture);
