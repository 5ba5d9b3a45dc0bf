using Marketplace.E2E.Support;
using Marketplace.Testing;
using Marketplace.Web.Features.Accounts;
using Marketplace.Web.Features.Notifications;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace Marketplace.E2E;

/// <summary>
/// A member mentioned in the browser gets the mail in a real mailbox, follows its unsubscribe link, confirms, and mentions
/// no longer come by mail; the settings and unsubscribe pages pass axe.
/// </summary>
[Collection(MailSiteCollection.Name)]
public sealed class NotificationMailJourneyTests(MailSiteFixture site) : BrowserTest(site)
{
    [Fact]
    public async Task A_mention_arrives_by_mail_and_its_unsubscribe_link_turns_mentions_off()
    {
        var author = await TestAccounts.CreateAsync(Host, Roles.Anggota, "61.72");
        var mentioned = await TestAccounts.CreateAsync(Host, Roles.Anggota, "33.74");
        var handle = mentioned.Email!.Split('@')[0];
        var title = "Surel sebutan " + Guid.NewGuid().ToString("N")[..6];

        await LoginAsync(Page, author.Email!, TestAccounts.Password);
        await Page.OpenAsync("/forum/umum");
        await Page.GetByRole(AriaRole.Link, new() { Name = "Topik baru" }).ClickAndWaitForNavigationAsync(Page);
        await Page.GetByLabel("Judul").FillAsync(title);
        await Page.GetByLabel("Isi pesan").FillAsync($"@{handle}, boleh berbagi pengalaman server bersama?");
        await Page.GetByRole(AriaRole.Button, new() { Name = "Terbitkan topik" }).ClickAndWaitForNavigationAsync(Page);
        await Expect(Page.Locator("h1")).ToHaveTextAsync(title);

        var mail = await site.Sink.WaitForAsync(mentioned.Email!, m => (m.Subject ?? "").Contains(title, StringComparison.Ordinal), TimeSpan.FromSeconds(30));
        Assert.Equal($"{author.FullName} menyebut Anda di “{title}”", mail.Subject);
        var unsubscribe = (mail.Headers["List-Unsubscribe"] ?? "").Trim('<', '>');
        Assert.Contains(unsubscribe, mail.TextBody ?? "", StringComparison.Ordinal);

        // Opened where the member reads mail: a browser without the author's session.
        var reader = await (await NewContextAsync(new() { Locale = "id-ID" })).NewPageAsync();
        await reader.OpenAsync(new Uri(unsubscribe).PathAndQuery);
        await Expect(reader.Locator("main")).ToContainTextAsync("Anda tidak akan lagi menerima surel tentang “Sebutan”.");
        await reader.AssertAccessibleAsync();
        await reader.GetByRole(AriaRole.Button, new() { Name = "Matikan surel ini" }).ClickAndWaitForNavigationAsync(reader);
        await Expect(reader.Locator("main [role=status]")).ToHaveTextAsync("Surel tentang “Sebutan” sudah dimatikan.");
        await reader.AssertAccessibleAsync();

        await using var scope = Host.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<Marketplace.Web.Data.MarketplaceDbContext>();
        var stored = await db.NotificationPreferences.AsNoTracking().SingleAsync(p => p.UserId == mentioned.Id);
        Assert.Equal((NotificationKind.Mention, MailDelivery.Off), (stored.Kind, stored.Delivery));
    }

    [Fact]
    public async Task The_settings_page_saves_a_choice_and_passes_axe()
    {
        var member = await TestAccounts.CreateAsync(Host, Roles.Anggota, "61.72");
        await LoginAsync(Page, member.Email!, TestAccounts.Password);

        await Page.OpenAsync("/notifikasi");
        await Page.GetByRole(AriaRole.Link, new() { Name = "Pengaturan surel" }).ClickAndWaitForNavigationAsync(Page);
        await Page.AssertAccessibleAsync();
        await Page.GetByLabel("Balasan: Mati").CheckAsync();
        await Page.GetByRole(AriaRole.Button, new() { Name = "Simpan" }).ClickAndWaitForNavigationAsync(Page);

        await Expect(Page.Locator("main")).ToContainTextAsync("Tersimpan.");
        await Expect(Page.GetByLabel("Balasan: Mati")).ToBeCheckedAsync();
        await Page.AssertAccessibleAsync();
    }
}
