using Marketplace.IntegrationTests.Support;
using Marketplace.Testing;
using Marketplace.Web.Features.Mail;
using Marketplace.Web.Features.Mail.Outbox;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace Marketplace.IntegrationTests.Mail;

/// <summary>Hosts whose mail goes to a real SMTP server, with retry delays short enough for a test, and queuing helpers.</summary>
internal static class MailHosts
{
    public static Task<MarketplaceHost> StartAsync(SmtpSink sink, IDictionary<string, string?>? more = null) =>
        StartAsync(sink.HostSettings(), more);

    /// <summary>A host whose SMTP settings are <paramref name="smtp"/> (a sink's, or a port where nothing listens).</summary>
    public static Task<MarketplaceHost> StartAsync(IDictionary<string, string?> smtp, IDictionary<string, string?>? more = null)
    {
        var settings = new Dictionary<string, string?>(smtp)
        {
            ["Mail:Outbox:FirstRetryDelay"] = "00:00:00.200",
            ["Mail:Outbox:MaxRetryDelay"] = "00:00:01",
            ["Mail:Outbox:PollInterval"] = "00:00:00.250",
            ["Mail:Outbox:MaxAttempts"] = "50",
            ["Mail:Smtp:TimeoutSeconds"] = "5",
        };
        foreach (var (key, value) in more ?? new Dictionary<string, string?>())
        {
            settings[key] = value;
        }

        return MarketplaceHost.StartAsync(settings);
    }

    /// <summary>SMTP settings for a loopback port where nothing listens: every connection is refused.</summary>
    public static IDictionary<string, string?> Unreachable() => new Dictionary<string, string?>
    {
        ["Mail:Provider"] = "Smtp",
        ["Mail:Smtp:Host"] = "127.0.0.1",
        ["Mail:Smtp:Port"] = FreePort.Next().ToString(System.Globalization.CultureInfo.InvariantCulture),
        ["Mail:Smtp:Security"] = "None",
    };

    public static MailDraft Draft(string address, string subject, string? userId = null, string? key = null) => new(
        key ?? "test:" + Guid.NewGuid().ToString("N"),
        userId,
        address,
        "Penerima Uji",
        "id",
        "Account",
        subject,
        $"Isi teks untuk {subject}.",
        $"<p>Isi HTML untuk {subject}.</p>",
        "https://forum.example.go.id/surat/berhenti/token-uji");

    public static async Task<EnqueueResult> EnqueueAsync(this MarketplaceHost host, MailDraft draft)
    {
        await using var scope = host.Services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<IMailOutbox>().EnqueueAsync(draft, CancellationToken.None);
    }

    /// <summary>Every outbox row, oldest first, read fresh.</summary>
    public static Task<List<OutboxMail>> OutboxAsync(this MarketplaceHost host) =>
        host.QueryAsync(db => db.MailOutbox.AsNoTracking().OrderBy(m => m.Id).ToListAsync());

    /// <summary>The sender's retry warnings: expected while the SMTP server is down.</summary>
    public static bool IsRetryWarning(LogEntry entry) =>
        entry.Level == LogLevel.Warning && entry.Category == typeof(OutboxSender).FullName;

    /// <summary>The sender's "waits for an administrator" error: expected when a message uses up its attempts.</summary>
    public static bool IsGaveUpError(LogEntry entry) =>
        entry.Level == LogLevel.Error && entry.Category == typeof(OutboxSender).FullName && entry.Message.Contains("waits for an administrator", StringComparison.Ordinal);

    /// <summary>Polls <paramref name="condition"/> until it holds; fails with <paramref name="what"/> and the last state seen.</summary>
    public static async Task<T> UntilAsync<T>(Func<Task<T>> read, Func<T, bool> condition, string what, TimeSpan? timeout = null)
    {
        var until = DateTime.UtcNow + (timeout ?? TimeSpan.FromSeconds(60));
        while (true)
        {
            var value = await read();
            if (condition(value))
            {
                return value;
            }

            if (DateTime.UtcNow > until)
            {
                throw new Xunit.Sdk.XunitException($"Waited {(timeout ?? TimeSpan.FromSeconds(60)).TotalSeconds} s for {what}; last seen: {Describe(value)}");
            }

            await Task.Delay(100);
        }
    }

    private static string Describe<T>(T value) => value switch
    {
        IEnumerable<OutboxMail> rows => string.Join("; ", rows.Select(r => $"#{r.Id} {r.State} attempts {r.Attempts} next {r.NextAttemptAt:HH:mm:ss.fff} {r.LastError}")),
        _ => value?.ToString() ?? "null",
    };
}
