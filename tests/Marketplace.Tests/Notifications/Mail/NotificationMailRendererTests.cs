using AngleSharp.Html.Parser;
using Marketplace.Testing.Xss;
using Marketplace.Web.Features.Mail;
using Marketplace.Web.Features.Notifications;
using Marketplace.Web.Features.Notifications.Mail;

namespace Marketplace.Tests.Notifications.Mail;

public sealed class NotificationMailRendererTests
{
    [Fact]
    public void A_mention_reads_in_Indonesian_with_the_excerpt_an_absolute_link_and_the_footer()
    {
        var mail = MailTestParts.Renderer().Render(MailTestParts.Mention(), MailTestParts.Recipient("id"));

        Assert.Equal("Budi Santoso menyebut Anda di “Kapasitas server daerah”", mail.Subject);
        Assert.Contains("Halo Andi Pratama,", mail.TextBody, StringComparison.Ordinal);
        Assert.Contains("> Dua server cukup, tanya @andi.", mail.TextBody, StringComparison.Ordinal);
        Assert.Contains("https://forum.kominfo.go.id/forum/t/7/kapasitas-server-daerah#p3", mail.TextBody, StringComparison.Ordinal);
        Assert.Contains("Atur pemberitahuan: https://forum.kominfo.go.id/notifikasi/pengaturan", mail.TextBody, StringComparison.Ordinal);
        Assert.StartsWith("https://forum.kominfo.go.id/surat/berhenti/", mail.UnsubscribeUrl, StringComparison.Ordinal);
        Assert.Contains(mail.UnsubscribeUrl, mail.TextBody, StringComparison.Ordinal);
        Assert.Contains("<html lang=\"id\">", mail.HtmlBody, StringComparison.Ordinal);
        Assert.Contains("<blockquote>", mail.HtmlBody, StringComparison.Ordinal);
    }

    [Fact]
    public void An_English_reader_gets_the_English_sentence_and_footer()
    {
        var mail = MailTestParts.Renderer().Render(MailTestParts.Mention(), MailTestParts.Recipient("en"));

        Assert.Equal("Budi Santoso mentioned you in “Kapasitas server daerah”", mail.Subject);
        Assert.Contains("Hello Andi Pratama,", mail.TextBody, StringComparison.Ordinal);
        Assert.Contains("Notification settings: https://forum.kominfo.go.id/notifikasi/pengaturan", mail.TextBody, StringComparison.Ordinal);
        Assert.Contains("<html lang=\"en\">", mail.HtmlBody, StringComparison.Ordinal);
    }

    [Fact]
    public void The_unsubscribe_link_names_the_recipient_and_the_kind()
    {
        var tokens = MailTestParts.Tokens();
        var mail = MailTestParts.Renderer(tokens).Render(MailTestParts.Mention(), MailTestParts.Recipient());

        Assert.True(tokens.TryRead(mail.UnsubscribeUrl.Split('/')[^1], out var scope));
        Assert.Equal(new UnsubscribeScope("user-1", NotificationKind.Mention), scope);
    }

    public static TheoryData<string> Payloads() => [.. XssCorpus.All.Select(p => p.Name)];

    [Theory]
    [MemberData(nameof(Payloads))]
    public void User_text_is_encoded_in_the_HTML_part(string name)
    {
        var payload = XssCorpus.Get(name).Markdown;
        var notification = MailTestParts.Mention(actor: payload, title: payload, excerpt: payload);
        var renderer = MailTestParts.Renderer();

        foreach (var html in new[] { renderer.Render(notification, MailTestParts.Recipient()).HtmlBody, renderer.RenderDigest([notification], MailTestParts.Recipient("en")).HtmlBody })
        {
            var document = new HtmlParser().ParseDocument(html);
            Assert.Empty(RenderedHtmlCheck.Problems(document.Body!.InnerHtml));
            var capped = NotificationRules.Cap(payload, NotificationRules.ExcerptMax)!;
            Assert.Contains(capped, document.Body.TextContent, StringComparison.Ordinal);
        }
    }

    [Theory]
    [InlineData("Judul\r\nBcc: korban@example.go.id")]
    [InlineData("Judul\nX-Evil: 1")]
    [InlineData("Judul\u0000\u0007\u001b[31m\u2028\u2029\u0085")]
    public void The_subject_never_holds_a_line_break_or_control_character(string title)
    {
        foreach (var culture in new[] { "id", "en" })
        {
            var notification = MailTestParts.Mention(title: title);
            notification.ArgsJson = System.Text.Json.JsonSerializer.Serialize(new[] { "Budi\r\nSantoso", title });
            var subject = MailTestParts.Renderer().Render(notification, MailTestParts.Recipient(culture)).Subject;

            Assert.True(MailRules.IsHeaderSafe(subject), subject);
            Assert.DoesNotContain('\n', subject);
            Assert.DoesNotContain('\u2028', subject);
            Assert.DoesNotContain("  ", subject, StringComparison.Ordinal);
        }
    }

    [Fact]
    public void A_long_sentence_makes_a_capped_subject() =>
        Assert.True(MailTestParts.Renderer().Render(MailTestParts.Mention(title: new string('x', 1000)), MailTestParts.Recipient()).Subject.Length
            <= NotificationMailRenderer.SubjectMax);

    [Fact]
    public void An_unknown_text_key_falls_back_to_a_general_sentence()
    {
        var notification = MailTestParts.Mention();
        notification.TextKey = "Tidak.Ada";

        Assert.Equal("Ada kabar baru dari Budi Santoso", MailTestParts.Renderer().Render(notification, MailTestParts.Recipient()).Subject);
    }

    [Fact]
    public void A_digest_lists_each_notification_with_its_link_in_the_readers_language()
    {
        var first = MailTestParts.Mention();
        var second = MailTestParts.Mention(title: "Pusat data bersama");
        second.Url = "/forum/t/8/pusat-data-bersama";

        var id = MailTestParts.Renderer().RenderDigest([first, second], MailTestParts.Recipient("id"));
        var en = MailTestParts.Renderer().RenderDigest([first, second], MailTestParts.Recipient("en"));

        Assert.Equal("Ringkasan harian Forum Kominfo: 2 pemberitahuan", id.Subject);
        Assert.Equal("Forum Kominfo daily digest: 2 notifications", en.Subject);
        Assert.Contains("https://forum.kominfo.go.id/forum/t/8/pusat-data-bersama", id.TextBody, StringComparison.Ordinal);
        Assert.Contains("Berhenti menerima ringkasan harian", id.TextBody, StringComparison.Ordinal);
        Assert.Equal(2, new HtmlParser().ParseDocument(en.HtmlBody).QuerySelectorAll("li").Length);
    }
}
