using Marketplace.E2E.Support;
using Marketplace.Testing;
using Marketplace.Web.Data;
using Marketplace.Web.Features.Accounts;
using Marketplace.Web.Features.Mail.Outbox;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace Marketplace.E2E;

/// <summary>/admin/surat in a real browser: an Administrator finds a failed message, the page passes axe, and retrying it sends it.</summary>
public sealed class MailOutboxPageTests(SiteFixture site) : BrowserTest(site)
{
    [Fact]
    public async Task An_administrator_retries_a_failed_message_from_an_accessible_outbox_page()
    {
        var admin = await TestAccounts.CreateAsync(Host, Roles.Administrator, "00.01", TestAccounts.NewEmail("kominfo.go.id"));
        var key = await TestAccounts.EnableTwoFactorAsync(Host, admin.Email!);
        var recipient = TestAccounts.NewEmail("sambas.go.id");
        var subject = $"Undangan bimbingan teknis {Guid.NewGuid().ToString("N")[..8]}";
        var id = await FailedMessageAsync(recipient, subject);

        await LoginAsync(Page, admin.Email!, TestAccounts.Password, key);
        await Page.OpenAsync("/admin/surat");

        await Expect(Page.Locator("h1")).ToHaveTextAsync("Kotak keluar surel");
        var row = Page.GetByRole(AriaRole.Row).Filter(new() { HasText = subject });
        await Expect(row).ToContainTextAsync("SocketException: Connection refused");
        await Page.AssertAccessibleAsync();

        await row.GetByRole(AriaRole.Button, new() { Name = $"Kirim ulang surel #{id}" }).ClickAndWaitForNavigationAsync(Page);

        await Expect(Page.GetByRole(AriaRole.Status)).ToContainTextAsync($"Surel #{id} masuk antrean lagi.");
        await Page.AssertAccessibleAsync();
        var mail = await WaitForMailAsync(recipient);
        Assert.Equal(subject, mail.Subject);
        await Page.OpenAsync("/admin/surat?status=terkirim");
        await Expect(Page.GetByRole(AriaRole.Row).Filter(new() { HasText = subject })).ToHaveCountAsync(1);
        await Page.AssertAccessibleAsync();
    }

    /// <summary>A message that used up its attempts, as the sender leaves it when the SMTP server stays unreachable.</summary>
    private async Task<long> FailedMessageAsync(string recipient, string subject)
    {
        await using var scope = Host.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<MarketplaceDbContext>();
        var now = DateTimeOffset.UtcNow;
        var mail = new OutboxMail
        {
            DedupeKey = "e2e:" + Guid.NewGuid().ToString("N"),
            ToAddress = recipient,
            ToName = "Bidang Aptika Sambas",
            Kind = "Account",
            Subject = subject,
            TextBody = "Undangan.",
            HtmlBody = "<p>Undangan.</p>",
            MessageId = $"{Guid.NewGuid():N}@forum.kominfo.go.id",
            State = OutboxMailState.Failed,
            Attempts = 8,
            LastError = "SocketException: Connection refused",
            NextAttemptAt = now,
            CreatedAt = now.AddHours(-3),
        };
        db.MailOutbox.Add(mail);
        await db.SaveChangesAsync();
        return mail.Id;
    }
}
