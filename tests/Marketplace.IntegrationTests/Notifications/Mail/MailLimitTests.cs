using System.Net;
using Marketplace.IntegrationTests.Support;
using Marketplace.Testing;
using Marketplace.Web.Features.Accounts;
using Marketplace.Web.Features.Notifications;
using Microsoft.Extensions.Logging;

namespace Marketplace.IntegrationTests.Notifications.Mail;

/// <summary>
/// The per-user mail limit: a flood of password resets for one address sends a few and drops the rest, while every
/// answer stays the one an unknown address gets; a notification over the limit waits for the digest, so none is lost.
/// </summary>
public sealed class MailLimitTests
{
    [Fact]
    public async Task A_notification_over_the_limit_waits_for_the_digest()
    {
        await using var host = await MarketplaceHost.StartAsync(new Dictionary<string, string?> { ["Mail:PerUserPerHour"] = "1" });
        var user = await TestAccounts.CreateAsync(host, Roles.Anggota, "61.72");
        var first = NotificationArrangements.Draft() with { Kind = NotificationKind.Mention, TextKey = "Forum.Mentioned" };
        var second = NotificationArrangements.Draft() with { Kind = NotificationKind.Mention, TextKey = "Forum.Mentioned" };

        await NotificationArrangements.NotifyAsync(host, first, user.Id);
        await MailArrangements.WaitForMailStateAsync(host, user.Id, NotificationMail.Queued);
        await NotificationArrangements.NotifyAsync(host, second, user.Id);

        var until = DateTime.UtcNow + TimeSpan.FromSeconds(20);
        List<Notification> rows;
        while ((rows = await NotificationArrangements.OfAsync(host, user.Id)).Any(r => r.Mail == NotificationMail.Pending) && DateTime.UtcNow < until)
        {
            await Task.Delay(100);
        }

        Assert.Equal([NotificationMail.Queued, NotificationMail.AwaitingDigest], rows.Select(r => r.Mail));
        Assert.Single(await MailArrangements.OutboxOfAsync(host, user.Id));
        host.AssertNoUnexpectedProblems(p => p.Level == LogLevel.Warning && p.Message.Contains("reached the mail limit", StringComparison.Ordinal));
    }

    [Fact]
    public async Task A_flood_of_password_resets_mails_at_most_the_limit_and_answers_like_an_unknown_address()
    {
        await using var host = await MarketplaceHost.StartAsync(new Dictionary<string, string?>
        {
            ["Mail:PerUserPerHour"] = "3",
            ["Accounts:PasswordReset:PermitLimit"] = "1000",
        });
        var member = await TestAccounts.CreateAsync(host, Roles.Anggota, "61.72");
        using var client = host.CreateClient();

        using var unknown = await AccountFlows.SubmitPageAsync(client, "/akun/lupa-sandi", ("Email", TestAccounts.NewEmail()));
        var expected = MainContent(await unknown.Content.ReadAsStringAsync());
        for (var i = 0; i < 6; i++)
        {
            using var known = await AccountFlows.SubmitPageAsync(client, "/akun/lupa-sandi", ("Email", member.Email!));
            Assert.Equal(HttpStatusCode.OK, known.StatusCode);
            Assert.Equal(expected, MainContent(await known.Content.ReadAsStringAsync()));
        }

        var queued = await MailArrangements.OutboxOfAsync(host, member.Id);
        Assert.Equal(3, queued.Count);
        Assert.All(queued, m => Assert.Equal(("Account", null), (m.Kind, m.UnsubscribeUrl)));
        Assert.All(queued, m => Assert.StartsWith("account:reset:", m.DedupeKey, StringComparison.Ordinal));
        await MailPickup.WaitForAsync(host.DataPath, member.Email!);
        host.AssertNoUnexpectedProblems(p => p.Level == LogLevel.Warning && p.Message.Contains("reached the mail limit", StringComparison.Ordinal));
    }

    private static string MainContent(string html) =>
        html[html.IndexOf("<main", StringComparison.Ordinal)..html.IndexOf("</main>", StringComparison.Ordinal)];
}
