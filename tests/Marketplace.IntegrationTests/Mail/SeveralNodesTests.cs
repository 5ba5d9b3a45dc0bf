using Marketplace.IntegrationTests.Fixtures;
using Marketplace.IntegrationTests.Support;
using Marketplace.Testing;
using Marketplace.Web.Features.Mail;
using Marketplace.Web.Features.Mail.Outbox;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Marketplace.IntegrationTests.Mail;

/// <summary>
/// Two nodes on one PostgreSQL database, each with its own data folder (and so its own search index), both sending to
/// one SMTP server: exactly one of them holds the mail lease and every message arrives once; when the holder dies
/// without releasing, the other takes over as soon as the lease lapses, and not before.
/// </summary>
[Collection(PostgresCollection.Name)]
public sealed class SeveralNodesTests(PostgresHostFixture fixture) : SharedHostTest(fixture)
{
    private const string Recipient = "dinas.kominfo@kalbarprov.go.id";

    // The lease lapses fast for the test; the SMTP timeout stays shorter than it (MailRegistration requires it).
    private static readonly Dictionary<string, string?> _lease = new()
    {
        ["Mail:Outbox:LeaseDuration"] = "00:00:03",
        ["Mail:Outbox:PollInterval"] = "00:00:00.250",
        ["Mail:Smtp:TimeoutSeconds"] = "2",
    };

    [Fact]
    public async Task Two_nodes_on_one_database_send_every_message_once_and_the_other_takes_over_when_the_holder_dies()
    {
        await using var sink = await SmtpSink.StartAsync();
        var database = Fixture.SettingsForNewDatabase();
        foreach (var (key, value) in _lease)
        {
            database[key] = value;
        }

        // The first migrates the new database; the second finds it migrated.
        var first = await MailHosts.StartAsync(sink, database);
        var second = await MailHosts.StartAsync(sink, database);
        try
        {
            Assert.NotEqual(first.DataPath, second.DataPath);
            var subjects = new List<string>();
            for (var i = 0; i < 20; i++)
            {
                var subject = $"Dua simpul surel {i:00} {Guid.NewGuid():N}";
                subjects.Add(subject);
                Assert.Equal(EnqueueResult.Queued, await (i % 2 == 0 ? first : second).EnqueueAsync(MailHosts.Draft(Recipient, subject)));
            }

            await MailHosts.UntilAsync(first.OutboxAsync, rows => rows.Count == 20 && rows.All(r => r.State == OutboxMailState.Sent), "all 20 Sent");
            AssertDeliveredOnce(sink, subjects);

            var leases = await first.QueryAsync(db => db.Leases.AsNoTracking().Where(l => l.Name == OutboxSender.LeaseName).ToListAsync());
            var holders = new[] { first, second }.ToDictionary(h => h.Services.GetRequiredService<OutboxSender>().Holder);
            Assert.Single(leases);
            Assert.Contains(leases[0].Holder, holders.Keys);
            var holder = holders[leases[0].Holder];
            var other = holder == first ? second : first;

            // Both nodes serve search from their own index beside the shared database.
            foreach (var node in new[] { first, second })
            {
                using var client = node.CreateClient();
                var health = await HealthReport.GetAsync(client);
                Assert.NotEqual("Unhealthy", health.Checks["search"]);
                Assert.Equal(leases[0].Holder, (await OutboxAdministrationAsync(node)).Sender);
            }

            // The holder dies without releasing (a crash): its lease stands until it lapses.
            var deadHolder = leases[0].Holder;
            await holder.DisposeAsync();
            var lapses = DateTimeOffset.UtcNow + TimeSpan.FromSeconds(3);
            await other.QueryAsync(db => db.Leases.Where(l => l.Name == OutboxSender.LeaseName)
                .ExecuteUpdateAsync(s => s.SetProperty(l => l.Holder, deadHolder).SetProperty(l => l.ExpiresAt, lapses)));
            var late = $"Setelah simpul mati {Guid.NewGuid():N}";
            subjects.Add(late);
            Assert.Equal(EnqueueResult.Queued, await other.EnqueueAsync(MailHosts.Draft(Recipient, late)));

            var sent = (await MailHosts.UntilAsync(other.OutboxAsync, rows => rows.Single(r => r.Subject == late).State == OutboxMailState.Sent,
                "the message queued after the holder died Sent by the other node")).Single(r => r.Subject == late);
            Assert.True(sent.SentAt >= lapses, $"Sent at {sent.SentAt:HH:mm:ss.fff}, before the dead holder's lease lapsed at {lapses:HH:mm:ss.fff}.");
            var now = await other.QueryAsync(db => db.Leases.AsNoTracking().SingleAsync(l => l.Name == OutboxSender.LeaseName));
            Assert.Equal(other.Services.GetRequiredService<OutboxSender>().Holder, now.Holder);
            AssertDeliveredOnce(sink, subjects);
            other.AssertNoUnexpectedProblems();
        }
        finally
        {
            await first.DisposeAsync();
            await second.DisposeAsync();
        }
    }

    private static void AssertDeliveredOnce(SmtpSink sink, List<string> subjects)
    {
        var delivered = sink.Messages();
        Assert.Equal(subjects.Order(StringComparer.Ordinal), delivered.Select(m => m.Subject).Order(StringComparer.Ordinal));
        Assert.Equal(delivered.Count, delivered.Select(m => m.MessageId).Distinct().Count());
    }

    private static async Task<OutboxAdministration.Summary> OutboxAdministrationAsync(MarketplaceHost host)
    {
        await using var scope = host.Services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<OutboxAdministration>().SummaryAsync(CancellationToken.None);
    }
}
