using Marketplace.Web.Features.Mail;
using Marketplace.Web.Features.Mail.Outbox;
using Microsoft.Extensions.DependencyInjection;

namespace Marketplace.IntegrationTests.Mail;

/// <summary>
/// The host stops while the SMTP server holds a message whose "250" has not come back yet. The attempt is not cut off:
/// it finishes, its outcome is saved, and the message is not left Pending to be sent a second time at the next start.
/// </summary>
public sealed class ShutdownTests
{
    [Fact]
    public async Task A_message_in_flight_when_the_sender_stops_is_finished_and_saved_not_sent_again_later()
    {
        await using var server = new HeldReplySmtpServer();
        var smtp = MailHosts.Unreachable();
        smtp["Mail:Smtp:Port"] = server.Port.ToString(System.Globalization.CultureInfo.InvariantCulture);
        await using var host = await MailHosts.StartAsync(smtp);

        Assert.Equal(EnqueueResult.Queued, await host.EnqueueAsync(MailHosts.Draft("andi@singkawangkota.go.id", "Di tengah jalan")));
        await server.Received.WaitAsync(TimeSpan.FromSeconds(30));

        // BackgroundService.StopAsync cancels the sender's token before it first awaits: the stop is under way here.
        var sender = host.Services.GetServices<Microsoft.Extensions.Hosting.IHostedService>().OfType<OutboxSender>().Single();
        var stopping = sender.StopAsync(CancellationToken.None);
        server.Release();
        await stopping.WaitAsync(TimeSpan.FromSeconds(30));

        var row = Assert.Single(await host.OutboxAsync());
        Assert.Equal((OutboxMailState.Sent, 1), (row.State, row.Attempts));
        Assert.Equal(1, server.Accepted);
    }
}
