using Marketplace.IntegrationTests.Support;
using Marketplace.Testing;
using Marketplace.Web.Features.Mail.Outbox;
using Microsoft.EntityFrameworkCore;
using MimeKit;

namespace Marketplace.IntegrationTests.Mail;

/// <summary>A queued message reaches a real SMTP server (aiosmtpd) once, with its parts and headers.</summary>
public sealed class SmtpDeliveryTests
{
    [Fact]
    public async Task A_queued_message_arrives_with_both_parts_and_its_headers()
    {
        await using var sink = await SmtpSink.StartAsync();
        await using var host = await MailHosts.StartAsync(sink);

        Assert.Equal(Marketplace.Web.Features.Mail.EnqueueResult.Queued,
            await host.EnqueueAsync(MailHosts.Draft("kabid@singkawangkota.go.id", "Permintaan adopsi SIMPEG")));

        var message = await sink.WaitForAsync("kabid@singkawangkota.go.id");
        Assert.Equal("Permintaan adopsi SIMPEG", message.Subject);
        Assert.Equal("Penerima Uji", message.To.Mailboxes.Single().Name);
        Assert.Equal("no-reply@forum.kominfo.go.id", message.From.Mailboxes.Single().Address);
        Assert.Contains("Isi teks untuk Permintaan adopsi SIMPEG.", message.TextBody, StringComparison.Ordinal);
        Assert.Contains("<p>Isi HTML untuk Permintaan adopsi SIMPEG.</p>", message.HtmlBody, StringComparison.Ordinal);
        Assert.Equal("<https://forum.example.go.id/surat/berhenti/token-uji>", message.Headers["List-Unsubscribe"]);
        Assert.Equal("List-Unsubscribe=One-Click", message.Headers["List-Unsubscribe-Post"]);
        Assert.Equal("id", message.Body!.Headers[HeaderId.ContentLanguage]);
        Assert.Equal("auto-generated", message.Headers["Auto-Submitted"]);

        var row = await host.QueryAsync(db => db.MailOutbox.AsNoTracking().SingleAsync());
        Assert.Equal(OutboxMailState.Sent, row.State);
        Assert.Equal(1, row.Attempts);
        Assert.Equal(row.MessageId, message.MessageId);
    }
}
