using System.Net;
using Marketplace.IntegrationTests.Support;
using Marketplace.Testing;
using Marketplace.Web.Features.Accounts;
using Microsoft.Extensions.Logging;

namespace Marketplace.IntegrationTests.Notifications.Mail;

/// <summary>
/// Account mail goes through the outbox and its per-user limit: a flood of password resets for one address sends a few
/// and drops the rest, while every answer stays the one an unknown address gets.
/// </summary>
public sealed class AccountMailLimitTests
{
    [Fact]
    public async Task A_flood_of_password_resets_mails_at_most_the_limit_and_answers_like_an_unknown_address()
    {
        await using var host = await MarketplaceHost.StartAsync(new Dictionary<string, string?>
        {
            ["Mail:PerUserPerHour"] = "3",
            ["Accounts:PasswordReset:PermitLimit"] = "1000",
        });
        var member = await TestAccounts.CreateAsync(host, Roles.Anggota, "61.72");
        using var client = host.CreateClient();

        using var unknown = await AccountFlows.SubmitPageAsync(client, "/akun/lupa-sandi", ("Email", TestAccounts.NewEmail()));
        var expected = MainContent(await unknown.Content.ReadAsStringAsync());
        for (var i = 0; i < 6; i++)
        {
            using var known = await AccountFlows.SubmitPageAsync(client, "/akun/lupa-sandi", ("Email", member.Email!));
            Assert.Equal(HttpStatusCode.OK, known.StatusCode);
            Assert.Equal(expected, MainContent(await known.Content.ReadAsStringAsync()));
        }

        var queued = await MailArrangements.OutboxOfAsync(host, member.Id);
        Assert.Equal(3, queued.Count);
        Assert.All(queued, m => Assert.Equal(("Account", null), (m.Kind, m.UnsubscribeUrl)));
        Assert.All(queued, m => Assert.StartsWith("account:reset:", m.DedupeKey, StringComparison.Ordinal));
        await MailPickup.WaitForAsync(host.DataPath, member.Email!);
        host.AssertNoUnexpectedProblems(p => p.Level == LogLevel.Warning && p.Message.Contains("reach the limit", StringComparison.Ordinal));
    }

    private static string MainContent(string html) =>
        html[html.IndexOf("<main", StringComparison.Ordinal)..html.IndexOf("</main>", StringComparison.Ordinal)];
}
