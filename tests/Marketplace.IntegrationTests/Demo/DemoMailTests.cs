using Marketplace.IntegrationTests.Support;
using Marketplace.Testing;
using Marketplace.Web.Features.Mail.Outbox;
using Marketplace.Web.Features.Notifications;
using Microsoft.EntityFrameworkCore;

namespace Marketplace.IntegrationTests.Demo;

/// <summary>
/// The demo's seeded notifications go their way by mail on the default settings: the planner decides each of them, the
/// messages reach the pickup folder with links to the listening address, and nothing is logged as a problem.
/// </summary>
public sealed class DemoMailTests : IDisposable
{
    private readonly string _folder = TempFolder.NewPath("mk-it-demo-mail");

    [Fact]
    public async Task The_demo_start_decides_every_seeded_notification_and_mails_without_warnings()
    {
        await using var host = await MarketplaceHost.StartAsync(
            new Dictionary<string, string?> { ["Marketplace:Demo:Enabled"] = "true", ["Marketplace:DataPath"] = _folder }, "Development");

        var until = DateTime.UtcNow + TimeSpan.FromSeconds(60);
        while (await host.QueryAsync(async db => await db.Notifications.AnyAsync(n => n.Mail == NotificationMail.Pending)
                   || await db.MailOutbox.AnyAsync(m => m.State == OutboxMailState.Pending)))
        {
            Assert.True(DateTime.UtcNow < until, "The demo's notifications were not all decided and sent within a minute.");
            await Task.Delay(200);
        }

        var queued = await host.QueryAsync(db => db.Notifications.CountAsync(n => n.Mail == NotificationMail.Queued));
        Assert.True(queued > 0, "The demo seeds mentions and adoptions; some of them are mailed at once.");
        var mail = MailPickup.All(host.DataPath).Where(m => m.Headers["List-Unsubscribe"] is not null).ToList();
        Assert.NotEmpty(mail);
        Assert.All(mail, m => Assert.StartsWith($"<{host.BaseAddress}surat/berhenti/", m.Headers["List-Unsubscribe"], StringComparison.Ordinal));
        host.AssertNoUnexpectedProblems();
    }

    public void Dispose() => TempFolder.Delete(_folder);
}
