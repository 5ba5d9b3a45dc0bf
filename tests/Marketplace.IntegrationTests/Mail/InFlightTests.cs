using Marketplace.Web.Features.Mail;
using Marketplace.Web.Features.Mail.Outbox;
using Marketplace.IntegrationTests.Support;
using Microsoft.Extensions.DependencyInjection;

namespace Marketplace.IntegrationTests.Mail;

/// <summary>
/// What happens while the SMTP server holds a message whose "250" has not come back yet: the host stops (the attempt
/// is not cut off: it finishes and its outcome is saved, so the next start does not send it again), or an administrator
/// cancels a message further down the same batch (it is not sent). The same server refuses one recipient for good:
/// that message fails at its first attempt and the rest of the batch still goes.
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

    [Fact]
    public async Task A_recipient_the_server_refuses_for_good_fails_at_once_and_the_others_still_go()
    {
        await using var server = new HeldReplySmtpServer();
        server.Release();
        var smtp = MailHosts.Unreachable();
        smtp["Mail:Smtp:Port"] = server.Port.ToString(System.Globalization.CultureInfo.InvariantCulture);
        await using var host = await MailHosts.StartAsync(smtp);

        var refused = Row("Ke alamat yang tidak ada", HeldReplySmtpServer.UnknownMailbox + "sambas.go.id");
        var good = Row("Ke alamat yang ada");
        await host.QueryAsync(db =>
        {
            db.MailOutbox.AddRange(refused, good);
            return db.SaveChangesAsync();
        });

        var rows = await MailHosts.UntilAsync(host.OutboxAsync, all => all.All(r => r.State != OutboxMailState.Pending), "both settled");
        var failed = rows.Single(r => r.Id == refused.Id);
        Assert.Equal((OutboxMailState.Failed, 1), (failed.State, failed.Attempts));
        Assert.Contains("no such user", failed.LastError, StringComparison.Ordinal);
        Assert.Equal(OutboxMailState.Sent, rows.Single(r => r.Id == good.Id).State);
        Assert.Equal(1, server.Accepted);
        host.AssertNoUnexpectedProblems(MailHosts.IsGaveUpError);
    }

    private static OutboxMail Row(string subject, string to = "andi@singkawangkota.go.id")
    {
        var now = DateTimeOffset.UtcNow;
        return new OutboxMail
        {
            DedupeKey = "test:" + Guid.NewGuid().ToString("N"),
            ToAddress = to,
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
