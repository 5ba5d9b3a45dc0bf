using Marketplace.Testing;
using Marketplace.Web.Features.Mail;
using Microsoft.Extensions.DependencyInjection;

namespace Marketplace.IntegrationTests.Mail;

/// <summary>Hosts whose mail goes to a real SMTP server, with retry delays short enough for a test, and queuing helpers.</summary>
internal static class MailHosts
{
    public static Task<MarketplaceHost> StartAsync(SmtpSink sink, IDictionary<string, string?>? more = null)
    {
        var settings = new Dictionary<string, string?>(sink.HostSettings())
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
}
