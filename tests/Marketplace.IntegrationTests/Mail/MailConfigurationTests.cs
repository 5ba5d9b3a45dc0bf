using Marketplace.IntegrationTests.Support;
using Marketplace.Testing;
using Marketplace.Web.Features.Mail;
using Marketplace.Web.Features.Mail.Outbox;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace Marketplace.IntegrationTests.Mail;

/// <summary>
/// The mail settings are checked when the host starts, and the SMTP password comes from configuration or the
/// environment and is shown nowhere: not in the logs, not in the outbox's errors, not on /admin/surat, not in /health.
/// </summary>
public sealed class MailConfigurationTests
{
    [Theory]
    [InlineData("Mail:Smtp:Host is required when Mail:Provider is Smtp.", null, "587", "StartTls", null, "00:01:00")]
    [InlineData("Mail:Smtp:UserName is set with Mail:Smtp:Security None", "smtp.kominfo.go.id", "25", "None", "forum", "00:01:00")]
    [InlineData("Mail:Outbox:LeaseDuration must be longer than Mail:Smtp:TimeoutSeconds", "smtp.kominfo.go.id", "587", "StartTls", null, "00:00:20")]
    public async Task The_host_refuses_to_start_with_inconsistent_SMTP_settings(string message, string? host, string port, string security, string? user, string lease)
    {
        var settings = new Dictionary<string, string?>
        {
            ["Mail:Provider"] = "Smtp",
            ["Mail:Smtp:Host"] = host,
            ["Mail:Smtp:Port"] = port,
            ["Mail:Smtp:Security"] = security,
            ["Mail:Smtp:UserName"] = user,
            ["Mail:Outbox:LeaseDuration"] = lease,
        };

        var refused = await Record.ExceptionAsync(async () => await (await MarketplaceHost.StartAsync(settings)).DisposeAsync());

        Assert.NotNull(refused);
        var validation = Flatten(refused).OfType<OptionsValidationException>().FirstOrDefault();
        Assert.True(validation is not null, refused.ToString());
        Assert.Contains(validation.Failures, f => f.Contains(message, StringComparison.Ordinal));
    }

    [Fact]
    public async Task The_password_is_read_from_the_environment_and_shown_nowhere()
    {
        var password = "rahasia-" + Guid.NewGuid().ToString("N");
        await using var sink = await SmtpSink.StartAsync();

        // Configuration keys as the environment gives them (Mail__Smtp__Password), not from any file in the repository.
        // aiosmtpd offers no STARTTLS, so every attempt fails before the password would be sent.
        Environment.SetEnvironmentVariable("Mail__Smtp__Password", password);
        MarketplaceHost host;
        try
        {
            host = await MailHosts.StartAsync(sink, new Dictionary<string, string?>
            {
                ["Mail:Smtp:Security"] = "StartTls",
                ["Mail:Smtp:UserName"] = "forum-kominfo",
                ["Mail:Outbox:MaxAttempts"] = "2",
            });
        }
        finally
        {
            Environment.SetEnvironmentVariable("Mail__Smtp__Password", null);
        }

        await using (host)
        {
            Assert.Equal(password, host.Services.GetRequiredService<IOptions<MailOptions>>().Value.Smtp.Password);
            Assert.Equal(EnqueueResult.Queued, await host.EnqueueAsync(MailHosts.Draft("andi@singkawangkota.go.id", "Kata sandi tidak bocor")));
            var row = (await MailHosts.UntilAsync(host.OutboxAsync, rows => rows.Single().State == OutboxMailState.Failed, "the message Failed")).Single();

            var admin = await MailAdministrationContract.SignedInAdministratorAsync(host);
            var page = await Html.GetPageAsync(admin, "/admin/surat");
            using var health = await admin.GetAsync("/health");

            Assert.Contains("Kata sandi tidak bocor", page, StringComparison.Ordinal);
            Assert.DoesNotContain(password, row.LastError, StringComparison.Ordinal);
            Assert.DoesNotContain(password, page, StringComparison.Ordinal);
            Assert.DoesNotContain(password, await health.Content.ReadAsStringAsync(), StringComparison.Ordinal);
            Assert.NotEmpty(host.Problems);
            Assert.All(host.Problems, p => Assert.DoesNotContain(password, p.ToString(), StringComparison.Ordinal));
            Assert.All(host.Problems, p => Assert.DoesNotContain(password, p.Exception?.ToString() ?? "", StringComparison.Ordinal));
            Assert.Empty(sink.Messages());
        }
    }

    private static IEnumerable<Exception> Flatten(Exception exception)
    {
        yield return exception;
        var inner = exception is AggregateException aggregate ? aggregate.InnerExceptions : exception.InnerException is { } one ? [one] : (IEnumerable<Exception>)[];
        foreach (var e in inner.SelectMany(Flatten))
        {
            yield return e;
        }
    }
}
