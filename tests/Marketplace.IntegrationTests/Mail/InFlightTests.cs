using Marketplace.Web.Features.Mail;
using Marketplace.Web.Features.Mail.Outbox;
using Marketplace.IntegrationTests.Support;
using Microsoft.Extensions.DependencyInjection;

namespace Marketplace.IntegrationTests.Mail;

/// <summary>
/// What happens while the SMTP server holds a message whose "250" has not come back yet: the host stops (the attempt
/// is not cut off: it finishes and its outcome is saved, so the next start does not send it again), or an administrator
/// cancels a message further down the same batch (it is not sent).
/// </summary>
public sealed class InFlightTests
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

    [Fact]
    public async Task A_message_cancelled_while_the_batch_it_belongs_to_is_being_sent_is_not_sent()
    {
        await using var server = new HeldReplySmtpServer();
        var smtp = MailHosts.Unreachable();
        smtp["Mail:Smtp:Port"] = server.Port.ToString(System.Globalization.CultureInfo.InvariantCulture);
        await using var host = await MailHosts.StartAsync(smtp);

        // Both stored at once, so that the sender's next poll reads them in one batch, first before second.
        var (first, second) = (Row("Pertama dari dua"), Row("Kedua, dibatalkan"));
        await host.QueryAsync(db =>
        {
            db.MailOutbox.AddRange(first, second);
            return db.SaveChangesAsync();
        });
        await server.Received.WaitAsync(TimeSpan.FromSeconds(30));

        await using (var scope = host.Services.CreateAsyncScope())
        {
            Assert.True(await scope.ServiceProvider.GetRequiredService<OutboxAdministration>().CancelAsync(second.Id, CancellationToken.None));
        }

        server.Release();
        await MailHosts.UntilAsync(host.OutboxAsync, rows => rows.Single(r => r.Id == first.Id).State == OutboxMailState.Sent, "the first Sent");
        await host.QueryAsync(async db =>
        {
            // The sender goes on past the cancelled one: a third message, queued after, still goes out.
            db.MailOutbox.Add(Row("Ketiga"));
            return await db.SaveChangesAsync();
        });
        var rows = await MailHosts.UntilAsync(host.OutboxAsync, all => all.Count(r => r.State == OutboxMailState.Sent) == 2, "the third Sent");

        Assert.Equal((OutboxMailState.Cancelled, 0), (rows.Single(r => r.Id == second.Id).State, rows.Single(r => r.Id == second.Id).Attempts));
        Assert.Equal(2, server.Accepted);
        host.AssertNoUnexpectedProblems();
    }

    private static OutboxMail Row(string subject)
    {
        var now = DateTimeOffset.UtcNow;
        return new OutboxMail
        {
            DedupeKey = "test:" + Guid.NewGuid().ToString("N"),
            ToAddress = "andi@singkawangkota.go.id",
            Kind = "Account",
            Subject = subject,
            TextBody = subject,
            HtmlBody = $"<p>{subject}</p>",
            MessageId = $"{Guid.NewGuid():N}@forum.kominfo.go.id",
            NextAttemptAt = now,
            CreatedAt = now,
        };
    }
}
