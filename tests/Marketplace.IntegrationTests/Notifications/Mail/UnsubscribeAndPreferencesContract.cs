using System.Net;
using System.Net.Http.Json;
using Marketplace.IntegrationTests.Fixtures;
using Marketplace.IntegrationTests.Support;
using Marketplace.Testing;
using Marketplace.Web.Features.Accounts;
using Marketplace.Web.Features.Notifications;
using Marketplace.Web.Features.Notifications.Mail;
using Microsoft.Extensions.DependencyInjection;

namespace Marketplace.IntegrationTests.Notifications.Mail;

/// <summary>
/// The unsubscribe link (the page's form, a mail client's one-click POST, a damaged token) and the settings page and API:
/// every bad input has a defined answer and changes nothing.
/// </summary>
public abstract class UnsubscribeAndPreferencesContract(IHostFixture fixture) : SharedHostTest(fixture)
{
    [Fact]
    public async Task The_unsubscribe_page_says_what_it_turns_off_and_its_form_turns_it_off()
    {
        var user = await TestAccounts.CreateAsync(Host, Roles.Anggota, "61.72");
        var url = Url(user.Id, NotificationKind.Mention);
        using var browser = Host.CreateClient();

        var page = AdoptionFlows.Text(await Html.GetPageAsync(browser, url));
        Assert.Contains("Anda tidak akan lagi menerima surel tentang “Sebutan”.", page, StringComparison.Ordinal);
        var english = AdoptionFlows.Text(await Html.GetPageAsync(Host.CreateClient(), url, acceptLanguage: "en"));
        Assert.Contains("You will no longer receive e-mail about “Mention”.", english, StringComparison.Ordinal);
        Assert.Empty(await MailArrangements.StoredPreferencesAsync(Host, user.Id));

        var token = await Forms.GetAntiforgeryAsync(browser, url);
        using var posted = await Forms.PostAsync(browser, url, ("__RequestVerificationToken", token));

        Assert.Equal(HttpStatusCode.OK, posted.StatusCode);
        Assert.Contains("Surel tentang “Sebutan” sudah dimatikan.", AdoptionFlows.Text(await posted.Content.ReadAsStringAsync()), StringComparison.Ordinal);
        Assert.Equal(new Dictionary<NotificationKind, MailDelivery> { [NotificationKind.Mention] = MailDelivery.Off }, await MailArrangements.StoredPreferencesAsync(Host, user.Id));
    }

    [Fact]
    public async Task A_mail_clients_one_click_post_needs_no_session_or_antiforgery_token()
    {
        var user = await TestAccounts.CreateAsync(Host, Roles.Anggota, "61.72");
        using var client = Host.CreateClient();

        using var kind = await client.PostAsync(Url(user.Id, NotificationKind.Review), OneClick());
        using var digest = await client.PostAsync(Url(user.Id, null), OneClick());

        Assert.Equal(HttpStatusCode.OK, kind.StatusCode);
        Assert.Equal(HttpStatusCode.OK, digest.StatusCode);
        var stored = await MailArrangements.StoredPreferencesAsync(Host, user.Id);
        Assert.Equal(MailDelivery.Off, stored[NotificationKind.Review]);
        Assert.All([NotificationKind.Reply, NotificationKind.NewThread, NotificationKind.Recommendation], k => Assert.Equal(MailDelivery.Off, stored[k]));
        Assert.False(stored.ContainsKey(NotificationKind.Mention), "The digest's link turns off the digest kinds only.");
    }

    [Fact]
    public async Task A_damaged_token_answers_400_with_a_message_and_changes_nothing()
    {
        var user = await TestAccounts.CreateAsync(Host, Roles.Anggota, "61.72");
        var good = Url(user.Id, NotificationKind.Mention);
        var tampered = good[..^6] + (good[^6] == 'A' ? 'B' : 'A') + good[^5..];
        using var client = Host.CreateClient();

        foreach (var url in new[] { tampered, "/surat/berhenti/bukan-token", "/surat/berhenti/" + new string('A', 3000) })
        {
            var page = await Html.GetPageAsync(client, url, HttpStatusCode.BadRequest);
            Assert.Contains("Tautan berhenti berlangganan ini tidak sah atau rusak, jadi tidak ada yang diubah.", page, StringComparison.Ordinal);
            using var oneClick = await client.PostAsync(url, OneClick());
            Assert.Equal(HttpStatusCode.BadRequest, oneClick.StatusCode);
        }

        // Not the one-click body and no antiforgery token: refused even with a good token.
        using var other = await client.PostAsync(good, new FormUrlEncodedContent([new("List-Unsubscribe", "One-Click"), new("lagi", "1")]));
        Assert.Equal(HttpStatusCode.BadRequest, other.StatusCode);
        Assert.Empty(await MailArrangements.StoredPreferencesAsync(Host, user.Id));
    }

    [Fact]
    public async Task The_settings_page_shows_the_defaults_and_saves_a_choice()
    {
        var (member, user) = await AdoptionArrangements.SignedInAsync(Host, Roles.Anggota, "61.72");

        var page = await Html.GetPageAsync(member, "/notifikasi/pengaturan");
        Assert.Contains("id=\"pilihan-Mention-Immediately\" name=\"Mention\" value=\"Immediately\" checked=\"checked\"", page, StringComparison.Ordinal);
        Assert.Contains("id=\"pilihan-Reply-DailyDigest\" name=\"Reply\" value=\"DailyDigest\" checked=\"checked\"", page, StringComparison.Ordinal);
        Assert.DoesNotContain("name=\"Account\"", page, StringComparison.Ordinal);
        Assert.Contains("href=\"/notifikasi/pengaturan\"", await Html.GetPageAsync(member, "/notifikasi"), StringComparison.Ordinal);

        using var saved = await AccountFlows.SubmitPageAsync(member, "/notifikasi/pengaturan", ("Mention", "DailyDigest"), ("Reply", "Off"), ("Review", "Immediately"));

        Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);
        Assert.Contains("Tersimpan.", await Html.GetPageAsync(member, "/notifikasi/pengaturan"), StringComparison.Ordinal);
        var stored = await MailArrangements.StoredPreferencesAsync(Host, user.Id);
        Assert.Equal((MailDelivery.DailyDigest, MailDelivery.Off, MailDelivery.Immediately), (stored[NotificationKind.Mention], stored[NotificationKind.Reply], stored[NotificationKind.Review]));
    }

    [Theory]
    [InlineData("Mention", "Sometimes", "Pilihan untuk “Sebutan” tidak dikenal. Tidak ada yang disimpan.")]
    [InlineData("Mention", "0", "Pilihan untuk “Sebutan” tidak dikenal. Tidak ada yang disimpan.")]
    [InlineData("Account", "Off", "Jenis pemberitahuan “Account” tidak dikenal. Tidak ada yang disimpan.")]
    [InlineData("Bcc", "Off", "Jenis pemberitahuan “Bcc” tidak dikenal. Tidak ada yang disimpan.")]
    public async Task A_bad_choice_is_refused_with_a_message_and_nothing_is_saved(string name, string value, string message)
    {
        var (member, user) = await AdoptionArrangements.SignedInAsync(Host, Roles.Anggota, "61.72");

        using var refused = await AccountFlows.SubmitPageAsync(member, "/notifikasi/pengaturan", ("Reply", "Off"), (name, value));

        Assert.Equal(HttpStatusCode.BadRequest, refused.StatusCode);
        Assert.Contains(message, AccountFlows.Errors(await refused.Content.ReadAsStringAsync()));
        Assert.Empty(await MailArrangements.StoredPreferencesAsync(Host, user.Id));
    }

    [Fact]
    public async Task The_preferences_API_reads_sets_and_refuses_with_problem_details()
    {
        var (member, user) = await AdoptionArrangements.SignedInAsync(Host, Roles.Anggota, "61.72");

        var initial = await member.GetFromJsonAsync<Dictionary<string, string>>("/api/v1/notifications/preferences");
        using var bad = await member.PutAsJsonAsync("/api/v1/notifications/preferences", new Dictionary<string, string> { ["Reply"] = "Off", ["Mention"] = "Never" });
        using var set = await member.PutAsJsonAsync("/api/v1/notifications/preferences", new Dictionary<string, string> { ["Reply"] = "Off" });
        using var anonymous = await Host.CreateClient().GetAsync("/api/v1/notifications/preferences");

        Assert.Equal(("Immediately", "DailyDigest"), (initial!["Mention"], initial["Reply"]));
        Assert.False(initial.ContainsKey("Account"));
        Assert.Equal(HttpStatusCode.BadRequest, bad.StatusCode);
        Assert.Equal("application/problem+json", bad.Content.Headers.ContentType?.MediaType);
        Assert.Equal(HttpStatusCode.OK, set.StatusCode);
        Assert.Equal("Off", (await set.Content.ReadFromJsonAsync<Dictionary<string, string>>())!["Reply"]);
        Assert.Equal(HttpStatusCode.Unauthorized, anonymous.StatusCode);
        Assert.Equal([NotificationKind.Reply], (await MailArrangements.StoredPreferencesAsync(Host, user.Id)).Keys);
    }

    private string Url(string userId, NotificationKind? kind) =>
        "/surat/berhenti/" + Host.Services.GetRequiredService<UnsubscribeTokens>().Create(new UnsubscribeScope(userId, kind));

    private static FormUrlEncodedContent OneClick() => new([new("List-Unsubscribe", "One-Click")]);
}

[Collection(SqliteCollection.Name)]
public sealed class UnsubscribeAndPreferencesOnSqlite(SqliteHostFixture fixture) : UnsubscribeAndPreferencesContract(fixture);

[Collection(PostgresCollection.Name)]
public sealed class UnsubscribeAndPreferencesOnPostgres(PostgresHostFixture fixture) : UnsubscribeAndPreferencesContract(fixture);
