using System.Net;
using System.Net.Http.Json;
using Marketplace.IntegrationTests.Fixtures;
using Marketplace.IntegrationTests.Support;
using Marketplace.Testing;
using Marketplace.Web.Features.Accounts;
using Marketplace.Web.Features.Adoptions;
using Marketplace.Web.Features.Notifications;
using Microsoft.EntityFrameworkCore;
using MimeKit;

namespace Marketplace.IntegrationTests.Notifications.Mail;

/// <summary>
/// Notifications reach a real SMTP server: the right recipients, in their language, with a text and an HTML part and the
/// unsubscribe headers; a kind turned off sends nothing; the daily digest goes only to who has not visited since.
/// </summary>
public abstract class NotificationMailContract(IMailHostFixture fixture) : SharedHostTest(fixture)
{
    private SmtpSink Sink => fixture.Sink;

    [Fact]
    public async Task A_mention_reaches_each_mentioned_member_in_their_language_with_both_parts_and_unsubscribe_headers()
    {
        var board = await ForumFlows.BoardAsync(Host);
        var (starter, starterUser) = await AdoptionArrangements.SignedInAsync(Host, Roles.Anggota, "61.72");
        var indonesian = await TestAccounts.CreateAsync(Host, Roles.Anggota, "33.74");
        var english = await TestAccounts.CreateAsync(Host, Roles.Anggota, "16.71");
        await MailArrangements.SetCultureAsync(Host, english.Id, "en");
        var title = "Server bersama " + Guid.NewGuid().ToString("N")[..6];

        await ForumFlows.StartThreadAsync(starter, board.Slug, title,
            $"Mohon saran @{MailArrangements.Handle(indonesian.Email!)} dan @{MailArrangements.Handle(english.Email!)} <b>sekarang</b>.");

        var id = await Sink.WaitForAsync(indonesian.Email!);
        var en = await Sink.WaitForAsync(english.Email!);
        Assert.Equal($"{starterUser.FullName} menyebut Anda di “{title}”", id.Subject);
        Assert.Equal($"{starterUser.FullName} mentioned you in “{title}”", en.Subject);
        foreach (var (message, user, culture) in new[] { (id, indonesian, "id"), (en, english, "en") })
        {
            Assert.Equal(user.Email, Assert.Single(message.To.Mailboxes).Address);
            Assert.Empty(message.Cc);
            Assert.Contains("<b>sekarang</b>", message.TextBody, StringComparison.Ordinal);
            Assert.Contains("&lt;b&gt;sekarang&lt;/b&gt;", message.HtmlBody, StringComparison.Ordinal);
            Assert.Contains($"<html lang=\"{culture}\">", message.HtmlBody, StringComparison.Ordinal);
            Assert.Contains($"{Host.BaseAddress}forum/t/", message.TextBody, StringComparison.Ordinal);
            Assert.StartsWith($"<{Host.BaseAddress}surat/berhenti/", message.Headers["List-Unsubscribe"], StringComparison.Ordinal);
            Assert.Equal("List-Unsubscribe=One-Click", message.Headers["List-Unsubscribe-Post"]);
            Assert.Equal(culture, message.Body!.Headers[HeaderId.ContentLanguage]);
        }

        Assert.Equal(NotificationKind.Mention, Assert.Single(await MailArrangements.WaitForMailStateAsync(Host, indonesian.Id, NotificationMail.Queued)).Kind);
    }

    [Fact]
    public async Task A_notification_whose_mail_was_queued_before_a_crash_is_not_queued_again()
    {
        var user = await TestAccounts.CreateAsync(Host, Roles.Anggota, "61.72");

        // As if the planner had queued the mail and the node stopped before it saved its decision.
        var id = await Host.QueryAsync(async db =>
        {
            await using var transaction = await db.Database.BeginTransactionAsync();
            var row = new Notification
            {
                UserId = user.Id, Kind = NotificationKind.Mention, TextKey = "Forum.Mentioned", ArgsJson = "[\"Budi\",\"Uji\"]",
                Url = "/forum", DedupeKey = "uji:" + Guid.NewGuid().ToString("N"), CreatedAt = DateTimeOffset.UtcNow,
            };
            db.Notifications.Add(row);
            await db.SaveChangesAsync();
            db.MailOutbox.Add(new Marketplace.Web.Features.Mail.Outbox.OutboxMail
            {
                DedupeKey = $"notification:{row.Id}", UserId = user.Id, ToAddress = user.Email!, Kind = "Mention", Subject = "Sudah dikirim",
                TextBody = "-", HtmlBody = "-", MessageId = $"<uji.{row.Id}@forum.kominfo.go.id>",
                State = Marketplace.Web.Features.Mail.Outbox.OutboxMailState.Sent, CreatedAt = DateTimeOffset.UtcNow, NextAttemptAt = DateTimeOffset.UtcNow,
            });
            await db.SaveChangesAsync();
            await transaction.CommitAsync();
            return row.Id;
        });

        Assert.Equal(id, Assert.Single(await MailArrangements.WaitForMailStateAsync(Host, user.Id, NotificationMail.Queued)).Id);
        Assert.Equal("Sudah dikirim", Assert.Single(await MailArrangements.OutboxOfAsync(Host, user.Id)).Subject);
    }

    [Theory]
    [InlineData(false, true)]
    [InlineData(true, false)]
    public async Task An_account_without_a_confirmed_address_or_approval_gets_no_mail(bool confirmed, bool approved)
    {
        var user = await TestAccounts.CreateAsync(Host, Roles.Anggota, "61.72", confirmed: confirmed, approved: approved);
        var draft = NotificationArrangements.Draft() with { Kind = NotificationKind.Mention, TextKey = "Forum.Mentioned" };

        Assert.Equal(1, await NotificationArrangements.NotifyAsync(Host, draft, user.Id));

        await MailArrangements.WaitForMailStateAsync(Host, user.Id, NotificationMail.None);
        Assert.Empty(await MailArrangements.OutboxOfAsync(Host, user.Id));
    }

    [Fact]
    public async Task A_signed_in_visit_is_recorded_at_most_once_per_interval()
    {
        var (member, user) = await AdoptionArrangements.SignedInAsync(Host, Roles.Anggota, "61.72");

        await Html.GetPageAsync(member, "/notifikasi");
        var first = await Host.QueryAsync(db => db.Users.Where(u => u.Id == user.Id).Select(u => u.LastSeenAt).SingleAsync());
        await Html.GetPageAsync(member, "/notifikasi/pengaturan");
        var second = await Host.QueryAsync(db => db.Users.Where(u => u.Id == user.Id).Select(u => u.LastSeenAt).SingleAsync());

        Assert.NotNull(first);
        Assert.InRange(first.Value, DateTimeOffset.UtcNow.AddMinutes(-1), DateTimeOffset.UtcNow.AddMinutes(1));
        Assert.Equal(first, second);
    }

    [Fact]
    public async Task A_kind_turned_off_sends_no_mail_but_still_shows_in_the_app()
    {
        var board = await ForumFlows.BoardAsync(Host);
        var (starter, _) = await AdoptionArrangements.SignedInAsync(Host, Roles.Anggota, "61.72");
        var (quiet, quietUser) = await AdoptionArrangements.SignedInAsync(Host, Roles.Anggota, "33.74");
        using var off = await quiet.PutAsJsonAsync("/api/v1/notifications/preferences", new Dictionary<string, string> { ["Mention"] = "Off" });
        Assert.Equal(HttpStatusCode.OK, off.StatusCode);

        await ForumFlows.StartThreadAsync(starter, board.Slug, "Jaringan intra pemerintah", $"Bagaimana menurut @{MailArrangements.Handle(quietUser.Email!)}?");

        var rows = await MailArrangements.WaitForMailStateAsync(Host, quietUser.Id, NotificationMail.None);
        Assert.Equal(NotificationKind.Mention, Assert.Single(rows).Kind);
        Assert.Empty(await MailArrangements.OutboxOfAsync(Host, quietUser.Id));
        Assert.DoesNotContain(Sink.Messages(), m => m.To.Mailboxes.Any(b => b.Address == quietUser.Email));
        Assert.Contains("Jaringan intra pemerintah", AdoptionFlows.Text(await Html.GetPageAsync(quiet, "/notifikasi")), StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_daily_digest_goes_only_to_a_member_who_has_not_visited_since()
    {
        var away = await TestAccounts.CreateAsync(Host, Roles.Anggota, "61.72");
        var back = await TestAccounts.CreateAsync(Host, Roles.Anggota, "61.72");
        var draft = NotificationArrangements.Draft();
        Assert.Equal(2, await NotificationArrangements.NotifyAsync(Host, draft, away.Id, back.Id));

        // Yesterday's reply (before today's digest moment); one of them has been on the site since.
        var now = DateTimeOffset.UtcNow;
        await Host.QueryAsync(db => db.Users.Where(u => u.Id == back.Id).ExecuteUpdateAsync(s => s.SetProperty(u => u.LastSeenAt, now.AddHours(-1))));
        await Host.QueryAsync(db => db.Notifications.Where(n => n.DedupeKey == draft.DedupeKey)
            .ExecuteUpdateAsync(s => s.SetProperty(n => n.CreatedAt, now.AddHours(-25))));

        var digest = await Sink.WaitForAsync(away.Email!);
        Assert.Equal("Ringkasan harian Forum Kominfo: 1 pemberitahuan", digest.Subject);
        Assert.Contains("Budi Santoso membalas di “Server bersama untuk SPBE”", digest.TextBody, StringComparison.Ordinal);
        Assert.Contains("Kami memakai dua server.", digest.HtmlBody, StringComparison.Ordinal);
        Assert.StartsWith($"<{Host.BaseAddress}surat/berhenti/", digest.Headers["List-Unsubscribe"], StringComparison.Ordinal);
        await MailArrangements.WaitForMailStateAsync(Host, away.Id, NotificationMail.Digested);
        await MailArrangements.WaitForMailStateAsync(Host, back.Id, NotificationMail.None);
        Assert.Empty(await MailArrangements.OutboxOfAsync(Host, back.Id));
        Assert.StartsWith("digest:" + away.Id + ":", Assert.Single(await MailArrangements.OutboxOfAsync(Host, away.Id)).DedupeKey, StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_adoption_request_and_its_approval_reach_both_regions_by_mail()
    {
        var ownerAdmin = await TestAccounts.CreateAsync(Host, Roles.AdminWilayah, AdoptionFlows.Owner);
        var slug = await AdoptionFlows.PublishedAppAsync(Host);
        var (adopter, adopterUser) = await AdoptionArrangements.SignedInAsync(Host, Roles.AdminWilayah, AdoptionFlows.Adopter);

        var id = await AdoptionFlows.RequestedAsync(adopter, slug);
        var request = await Sink.WaitForAsync(ownerAdmin.Email!, m => (m.Subject ?? "").Contains("meminta mengadopsi", StringComparison.Ordinal));
        Assert.Contains($"{Host.BaseAddress}adopsi/{id}", request.TextBody, StringComparison.Ordinal);

        await AdoptionArrangements.MoveAsync(Host, id, AdoptionState.Disetujui, await AdoptionArrangements.PrincipalAsync(Host, ownerAdmin));
        var approved = await Sink.WaitForAsync(adopterUser.Email!, m => (m.Subject ?? "").Contains("menyetujui adopsi", StringComparison.Ordinal));
        Assert.StartsWith($"{ownerAdmin.FullName} (Kota Semarang) menyetujui adopsi", approved.Subject, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_review_reaches_the_owner_region_and_the_answer_reaches_the_reviewer()
    {
        var (owner, ownerAdmin) = await AdoptionArrangements.SignedInAsync(Host, Roles.AdminWilayah, AdoptionFlows.Owner);
        var name = CatalogFlows.UniqueName("Parkir");
        using (var published = await CatalogFlows.PublishAsync(owner, name))
        {
            Assert.Equal(HttpStatusCode.Redirect, published.StatusCode);
        }

        var slug = Marketplace.Web.Features.Catalog.Slugs.From(name);
        var (adopter, adopterUser) = await AdoptionArrangements.SignedInAsync(Host, Roles.Anggota, "82.71");
        await AdoptionArrangements.AdoptAsync(Host, slug, adopterUser, ownerAdmin);

        using (var saved = await AccountFlows.SubmitPageAsync(adopter, $"/katalog/{slug}/ulasan", ("Input.Rating", "4"), ("Input.Body", "Berjalan baik di 12 OPD.")))
        {
            Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);
        }

        var review = await Sink.WaitForAsync(ownerAdmin.Email!, m => (m.Subject ?? "").Contains("mengulas", StringComparison.Ordinal));
        Assert.Equal($"{adopterUser.FullName} (Kota Ternate) mengulas {name}: 4 dari 5 bintang", review.Subject);
        Assert.Contains("Berjalan baik di 12 OPD.", review.TextBody, StringComparison.Ordinal);

        var reviewId = await Host.QueryAsync(db => db.Reviews.Where(r => r.AuthorId == adopterUser.Id).Select(r => r.Id).SingleAsync());
        using (var answered = await AccountFlows.SubmitPageAsync(owner, $"/katalog/{slug}/ulasan/{reviewId}/tanggapan", ("Input.Reply", "Terima kasih, kami bantu.")))
        {
            Assert.Equal(HttpStatusCode.Redirect, answered.StatusCode);
        }

        var answer = await Sink.WaitForAsync(adopterUser.Email!, m => (m.Subject ?? "").Contains("menjawab ulasan", StringComparison.Ordinal));
        Assert.Equal($"{ownerAdmin.FullName} menjawab ulasan Anda tentang {name}", answer.Subject);
        Assert.Contains($"{Host.BaseAddress}katalog/{slug}#ulasan-{reviewId}", answer.TextBody, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_publiccode_import_reports_its_validation_to_the_importer()
    {
        var (admin, adminUser) = await AdoptionArrangements.SignedInAsync(Host, Roles.AdminWilayah, "61.72");
        var name = "Aplikasi Uji " + Guid.NewGuid().ToString("N")[..8];

        using var response = await AccountFlows.SubmitPageAsync(admin, "/katalog/impor", ("Yaml", PublicCodeSample.Yaml(name)));

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var report = await Sink.WaitForAsync(adminUser.Email!);
        Assert.StartsWith($"Impor publiccode.yml untuk “{name}” selesai: 0 galat, ", report.Subject, StringComparison.Ordinal);
        Assert.Contains($"{Host.BaseAddress}{response.Headers.Location!.OriginalString.TrimStart('/')}", report.TextBody, StringComparison.Ordinal);
        Assert.Equal(NotificationKind.Import, Assert.Single(await NotificationArrangements.OfAsync(Host, adminUser.Id)).Kind);
    }
}

[Collection(SqliteMailCollection.Name)]
public sealed class NotificationMailOnSqlite(SqliteMailHostFixture fixture) : NotificationMailContract(fixture);

[Collection(PostgresMailCollection.Name)]
public sealed class NotificationMailOnPostgres(PostgresMailHostFixture fixture) : NotificationMailContract(fixture);
