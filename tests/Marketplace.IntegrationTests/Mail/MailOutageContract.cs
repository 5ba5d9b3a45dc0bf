using Marketplace.IntegrationTests.Fixtures;
using Marketplace.Testing;
using Marketplace.Web.Features.Mail;
using Marketplace.Web.Features.Mail.Outbox;

namespace Marketplace.IntegrationTests.Mail;

/// <summary>
/// Issue 8's fault test: the SMTP server goes down while messages wait and comes back later on the same port. The outbox
/// retries with back-off and, once the server is back, every message arrives exactly once: none lost, none twice.
/// Each test runs a host of its own on a new database (the shared host only provides the database server).
/// </summary>
public abstract class MailOutageContract(IHostFixture fixture) : SharedHostTest(fixture)
{
    private const string Recipient = "sekretariat@pontianak.go.id";

    [Fact]
    public async Task Messages_queued_before_and_during_an_SMTP_outage_all_arrive_exactly_once_after_it()
    {
        await using var sink = await SmtpSink.StartAsync();
        await using var host = await MailHosts.StartAsync(sink, Fixture.SettingsForNewDatabase());
        var subjects = Enumerable.Range(1, 24).Select(i => $"Gangguan SMTP surel {i:00} {Guid.NewGuid():N}").ToList();

        // Some go before the server stops, some are in flight when it stops, the rest wait.
        foreach (var subject in subjects.Take(12))
        {
            Assert.Equal(EnqueueResult.Queued, await host.EnqueueAsync(MailHosts.Draft(Recipient, subject)));
        }

        await sink.StopAsync();
        foreach (var subject in subjects.Skip(12))
        {
            Assert.Equal(EnqueueResult.Queued, await host.EnqueueAsync(MailHosts.Draft(Recipient, subject)));
        }

        // Back-off really happens: failed attempts, the server's error kept, the next attempt put off.
        var during = await MailHosts.UntilAsync(host.OutboxAsync,
            rows => rows.Any(r => r.State == OutboxMailState.Pending && r.Attempts > 1 && r.LastError is not null && r.NextAttemptAt > DateTimeOffset.UtcNow),
            "a message retried more than once with its next attempt in the future");
        var waiting = during.Where(r => r.State == OutboxMailState.Pending).ToList();
        Assert.NotEmpty(waiting);
        Assert.All(waiting.Where(r => r.Attempts > 0), r => Assert.False(string.IsNullOrEmpty(r.LastError)));
        Assert.DoesNotContain(during, r => r.State == OutboxMailState.Failed);
        Assert.True(waiting.Count >= 12, $"Only {waiting.Count} messages waited though 12 were queued while the server was down.");

        await sink.StartAgainAsync();
        var rows = await MailHosts.UntilAsync(host.OutboxAsync, all => all.Count == subjects.Count && all.All(r => r.State == OutboxMailState.Sent),
            "every message Sent after the server came back");

        var delivered = sink.Messages();
        var byId = delivered.GroupBy(m => m.MessageId ?? "").ToDictionary(g => g.Key, g => g.Count());
        var bySubject = delivered.GroupBy(m => m.Subject ?? "").ToDictionary(g => g.Key, g => g.Count());
        Assert.True(byId.Values.All(c => c == 1), "Delivered twice: " + string.Join(", ", byId.Where(p => p.Value > 1).Select(p => p.Key)));
        Assert.True(bySubject.Values.All(c => c == 1), "Delivered twice: " + string.Join(", ", bySubject.Where(p => p.Value > 1).Select(p => p.Key)));
        Assert.Equal(subjects.Order(StringComparer.Ordinal), bySubject.Keys.Order(StringComparer.Ordinal));
        Assert.Equal(rows.Select(r => r.MessageId).Order(StringComparer.Ordinal), byId.Keys.Order(StringComparer.Ordinal));
        Assert.All(delivered, m => Assert.Equal(Recipient, m.To.Mailboxes.Single().Address));
        Assert.Contains(rows, r => r.Attempts > 1);
        Assert.All(rows, r => Assert.Null(r.LastError));
        host.AssertNoUnexpectedProblems(MailHosts.IsRetryWarning);
    }

    [Fact]
    public async Task A_refused_connection_is_retried_with_back_off_not_failed_at_once()
    {
        await using var host = await MailHosts.StartAsync(MailHosts.Unreachable(), Fixture.SettingsForNewDatabase());

        Assert.Equal(EnqueueResult.Queued, await host.EnqueueAsync(MailHosts.Draft(Recipient, "Tidak ada server")));

        var row = (await MailHosts.UntilAsync(host.OutboxAsync, rows => rows.Single().Attempts >= 3, "three attempts")).Single();
        Assert.Equal(OutboxMailState.Pending, row.State);
        Assert.Contains("SocketException", row.LastError, StringComparison.Ordinal);
        Assert.Null(row.SentAt);
        host.AssertNoUnexpectedProblems(MailHosts.IsRetryWarning);
    }
}

[Collection(SqliteCollection.Name)]
public sealed class MailOutageOnSqlite(SqliteHostFixture fixture) : MailOutageContract(fixture);

[Collection(PostgresCollection.Name)]
public sealed class MailOutageOnPostgres(PostgresHostFixture fixture) : MailOutageContract(fixture);
