using System.Net;
using System.Text.Json;
using System.Text.RegularExpressions;
using Marketplace.IntegrationTests.Fixtures;
using Marketplace.IntegrationTests.Support;
using Marketplace.Testing;
using Marketplace.Web.Features.Accounts;
using Marketplace.Web.Features.Mail;
using Marketplace.Web.Features.Mail.Outbox;

namespace Marketplace.IntegrationTests.Mail;

/// <summary>
/// A message that used up its attempts is Failed: /health says mail is Degraded, an Administrator finds it on
/// /admin/surat with the server's error and sends it again once the server is back; nobody else reaches the page.
/// </summary>
public abstract partial class MailAdministrationContract(IHostFixture fixture) : SharedHostTest(fixture)
{
    private const string Recipient = "bidang.aptika@sambas.go.id";

    [Fact]
    public async Task A_message_that_used_up_its_attempts_is_shown_to_the_administrator_who_sends_it_again()
    {
        await using var sink = await SmtpSink.StartAsync();
        var settings = Fixture.SettingsForNewDatabase();
        settings["Mail:Outbox:MaxAttempts"] = "2";
        await using var host = await MailHosts.StartAsync(sink, settings);
        await sink.StopAsync();
        var subject = $"Undangan rapat koordinasi {Guid.NewGuid():N}";

        Assert.Equal(EnqueueResult.Queued, await host.EnqueueAsync(MailHosts.Draft(Recipient, subject)));
        var failed = (await MailHosts.UntilAsync(host.OutboxAsync, rows => rows.Single().State == OutboxMailState.Failed, "the message Failed")).Single();
        Assert.Equal(2, failed.Attempts);
        Assert.False(string.IsNullOrEmpty(failed.LastError));

        using (var anonymous = host.CreateClient())
        {
            var (status, failedCount) = await MailHealthAsync(anonymous);
            Assert.Equal(("Degraded", 1), (status, failedCount));
        }

        var admin = await SignedInAdministratorAsync(host);
        var page = await Html.GetPageAsync(admin, "/admin/surat");
        Assert.Contains("Kotak keluar surel", page, StringComparison.Ordinal);
        Assert.Contains("0 menunggu dikirim, 1 gagal", page, StringComparison.Ordinal);
        Assert.Contains(subject, page, StringComparison.Ordinal);
        Assert.Contains(failed.LastError!.Split(':')[0], page, StringComparison.Ordinal);
        Assert.Contains($"Kirim ulang surel #{failed.Id}", page, StringComparison.Ordinal);

        await sink.StartAgainAsync();
        using (var retry = await PressRetryAsync(admin, failed.Id))
        {
            Assert.Equal(HttpStatusCode.Redirect, retry.StatusCode);
            Assert.Contains($"Surel #{failed.Id} masuk antrean lagi.", await Html.GetPageAsync(admin, retry.Headers.Location!.OriginalString), StringComparison.Ordinal);
        }

        var sent = (await MailHosts.UntilAsync(host.OutboxAsync, rows => rows.Single().State == OutboxMailState.Sent, "the retried message Sent")).Single();
        Assert.Equal(1, sent.Attempts);
        var delivered = Assert.Single(sink.Messages());
        Assert.Equal((subject, sent.MessageId), (delivered.Subject, delivered.MessageId));
        using (var anonymous = host.CreateClient())
        {
            Assert.Equal(("Healthy", 0), await MailHealthAsync(anonymous));
        }

        // Retrying a message that went changes nothing, and the page says so.
        using (var again = await PostRetryAsync(admin, failed.Id))
        {
            Assert.Equal(HttpStatusCode.Redirect, again.StatusCode);
            Assert.Contains($"Surel #{failed.Id} tidak dapat dikirim ulang", await Html.GetPageAsync(admin, again.Headers.Location!.OriginalString), StringComparison.Ordinal);
        }

        var after = Assert.Single(await host.OutboxAsync());
        Assert.Equal((OutboxMailState.Sent, 1, sent.SentAt), (after.State, after.Attempts, after.SentAt));
        Assert.Single(sink.Messages());
        host.AssertNoUnexpectedProblems(p => MailHosts.IsRetryWarning(p) || MailHosts.IsGaveUpError(p)
            || (p.Level == Microsoft.Extensions.Logging.LogLevel.Warning && p.Message.StartsWith("Health check mail with status Degraded", StringComparison.Ordinal)));
    }

    [Fact]
    public async Task Only_an_administrator_reaches_the_outbox_and_an_unknown_status_is_refused_in_Indonesian()
    {
        using (var anonymous = Host.CreateClient())
        {
            using var response = await anonymous.GetAsync("/admin/surat");
            Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
            Assert.Equal("/akun/masuk", response.Headers.Location?.AbsolutePath);
        }

        foreach (var role in new[] { Roles.AdminWilayah, Roles.Anggota })
        {
            var (member, _) = await AdoptionArrangements.SignedInAsync(Host, role, "61.72");
            using var list = await member.GetAsync("/admin/surat");
            var token = await Forms.GetAntiforgeryAsync(member, "/");
            using var retry = await Forms.PostAsync(member, "/admin/surat?handler=RetryAll", ("__RequestVerificationToken", token));
            Assert.Equal("/akun/ditolak", list.Headers.Location?.AbsolutePath);
            Assert.Equal("/akun/ditolak", retry.Headers.Location?.AbsolutePath);
            member.Dispose();
        }

        var admin = await SignedInAdministratorAsync(Host);
        foreach (var status in new[] { "gagal", "menunggu", "terkirim", "dibatalkan" })
        {
            Assert.Contains("Kotak keluar surel", await Html.GetPageAsync(admin, $"/admin/surat?status={status}"), StringComparison.Ordinal);
        }

        using var unknown = await admin.GetAsync("/admin/surat?status=hilang");
        Assert.Equal(HttpStatusCode.BadRequest, unknown.StatusCode);
        Assert.Contains("Status “hilang” tidak dikenal", await unknown.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    internal static async Task<HttpClient> SignedInAdministratorAsync(MarketplaceHost host)
    {
        var account = await TestAccounts.CreateAsync(host, Roles.Administrator, "00.01", TestAccounts.NewEmail("kominfo.go.id"));
        var key = await TestAccounts.EnableTwoFactorAsync(host, account.Email!);
        var client = host.CreateClient();
        await AccountFlows.SignInWithCodeAsync(client, account.Email!, key);
        return client;
    }

    /// <summary>Presses "Kirim ulang" for <paramref name="id"/> on the list of failed messages: that form's action and token.</summary>
    private static async Task<HttpResponseMessage> PressRetryAsync(HttpClient admin, long id)
    {
        var page = await Html.GetPageAsync(admin, "/admin/surat");
        var form = RetryFormPattern().Matches(page).FirstOrDefault(f => f.Groups["body"].Value.Contains($"name=\"id\" value=\"{id}\"", StringComparison.Ordinal))
            ?? throw new Xunit.Sdk.XunitException($"/admin/surat has no retry form for #{id}:\n{page}");
        var token = TokenPattern().Match(form.Groups["body"].Value).Groups["value"].Value;
        return await Forms.PostAsync(admin, WebUtility.HtmlDecode(form.Groups["action"].Value),
            ("id", id.ToString(System.Globalization.CultureInfo.InvariantCulture)), ("__RequestVerificationToken", WebUtility.HtmlDecode(token)));
    }

    /// <summary>The same POST for a message no longer on the failed list (a stale page, a second click).</summary>
    private static async Task<HttpResponseMessage> PostRetryAsync(HttpClient admin, long id)
    {
        var token = await Forms.GetAntiforgeryAsync(admin, "/");
        return await Forms.PostAsync(admin, "/admin/surat?handler=Retry",
            ("id", id.ToString(System.Globalization.CultureInfo.InvariantCulture)), ("__RequestVerificationToken", token));
    }

    [GeneratedRegex("""<form\b[^>]*\baction="(?<action>[^"]*handler=Retry[^"]*)"[^>]*>(?<body>.*?)</form>""", RegexOptions.Singleline)]
    private static partial Regex RetryFormPattern();

    [GeneratedRegex("""<input\b(?=[^>]*\bname="__RequestVerificationToken")[^>]*\bvalue="(?<value>[^"]*)"[^>]*>""")]
    private static partial Regex TokenPattern();

    private static async Task<(string Status, int Failed)> MailHealthAsync(HttpClient client)
    {
        using var response = await client.GetAsync("/health");
        using var json = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        var mail = json.RootElement.GetProperty("checks").GetProperty("mail");
        return (mail.GetProperty("status").GetString()!, mail.GetProperty("data").GetProperty("failed").GetInt32());
    }
}

[Collection(SqliteCollection.Name)]
public sealed class MailAdministrationOnSqlite(SqliteHostFixture fixture) : MailAdministrationContract(fixture);

[Collection(PostgresCollection.Name)]
public sealed class MailAdministrationOnPostgres(PostgresHostFixture fixture) : MailAdministrationContract(fixture);
