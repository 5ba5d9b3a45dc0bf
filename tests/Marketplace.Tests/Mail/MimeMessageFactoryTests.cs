using Marketplace.Web.Features.Mail;
using MimeKit;

namespace Marketplace.Tests.Mail;

public sealed class MimeMessageFactoryTests
{
    private static readonly MailOptions _options = new() { FromName = "Forum Kominfo", FromAddress = "no-reply@forum.kominfo.go.id" };
    private static readonly DateTimeOffset _date = new(2026, 12, 5, 8, 30, 0, TimeSpan.Zero);

    private static OutgoingMail Mail(string? unsubscribe = "https://forum.kominfo.go.id/surel/berhenti/abc", string? culture = "en") => new(
        "andi@singkawangkota.go.id", "Andi Pratama", "New reply in SIMPEG", "A reply.", "<p>A reply.</p>",
        "20261205083000.abc123@forum.kominfo.go.id", unsubscribe, culture);

    /// <summary>The message as the server receives it: written out and parsed back.</summary>
    private static MimeMessage RoundTrip(MimeMessage message)
    {
        using var stream = new MemoryStream();
        message.WriteTo(stream);
        stream.Position = 0;
        return MimeMessage.Load(stream);
    }

    [Fact]
    public void The_message_carries_sender_recipient_subject_date_and_the_fixed_message_id()
    {
        var message = RoundTrip(MimeMessageFactory.Build(Mail(), _options, _date));

        Assert.Equal(("Forum Kominfo", "no-reply@forum.kominfo.go.id"), (message.From.Mailboxes.Single().Name, message.From.Mailboxes.Single().Address));
        Assert.Equal(("Andi Pratama", "andi@singkawangkota.go.id"), (message.To.Mailboxes.Single().Name, message.To.Mailboxes.Single().Address));
        Assert.Empty(message.Cc);
        Assert.Empty(message.Bcc);
        Assert.Equal("New reply in SIMPEG", message.Subject);
        Assert.Equal(_date, message.Date);
        Assert.Equal("20261205083000.abc123@forum.kominfo.go.id", message.MessageId);
        Assert.Equal("auto-generated", message.Headers["Auto-Submitted"]);
    }

    [Fact]
    public void A_message_id_is_made_on_the_senders_domain_when_none_was_fixed()
    {
        var message = MimeMessageFactory.Build(Mail() with { MessageId = null }, _options, _date);

        Assert.EndsWith("@forum.kominfo.go.id", message.MessageId, StringComparison.Ordinal);
    }

    [Fact]
    public void A_notification_has_one_click_unsubscribe_headers()
    {
        var message = RoundTrip(MimeMessageFactory.Build(Mail(), _options, _date));

        Assert.Equal("<https://forum.kominfo.go.id/surel/berhenti/abc>", message.Headers["List-Unsubscribe"]);
        Assert.Equal("List-Unsubscribe=One-Click", message.Headers["List-Unsubscribe-Post"]);
    }

    [Fact]
    public void An_account_message_has_no_unsubscribe_headers()
    {
        var message = RoundTrip(MimeMessageFactory.Build(Mail(unsubscribe: null), _options, _date));

        Assert.False(message.Headers.Contains("List-Unsubscribe"));
        Assert.False(message.Headers.Contains("List-Unsubscribe-Post"));
    }

    [Fact]
    public void Both_parts_go_in_a_multipart_alternative_that_says_its_language()
    {
        var message = RoundTrip(MimeMessageFactory.Build(Mail(), _options, _date));

        var body = Assert.IsType<MultipartAlternative>(message.Body);
        Assert.Equal("en", body.Headers[HeaderId.ContentLanguage]);
        Assert.False(message.Headers.Contains(HeaderId.ContentLanguage));
        Assert.Equal(["text/plain", "text/html"], body.Select(p => p.ContentType.MimeType));
        Assert.Equal("A reply.", message.TextBody!.Trim());
        Assert.Equal("<p>A reply.</p>", message.HtmlBody!.Trim());
    }

    [Fact]
    public void Without_a_culture_there_is_no_content_language()
    {
        var message = MimeMessageFactory.Build(Mail(culture: null), _options, _date);

        Assert.False(message.Body!.Headers.Contains(HeaderId.ContentLanguage));
    }

    public static TheoryData<string> Fields => ["address", "name", "subject", "unsubscribe", "message id"];

    [Theory]
    [MemberData(nameof(Fields))]
    public void A_line_break_in_any_header_value_is_refused_even_past_the_outbox(string field)
    {
        foreach (var bad in new[] { "x\r\nBcc: semua@contoh.go.id", "x\nBcc: semua@contoh.go.id", "x\rBcc: semua@contoh.go.id" })
        {
            var mail = field switch
            {
                "address" => Mail() with { ToAddress = "andi@singkawangkota.go.id" + bad },
                "name" => Mail() with { ToName = bad },
                "subject" => Mail() with { Subject = bad },
                "unsubscribe" => Mail() with { UnsubscribeUrl = "https://forum.kominfo.go.id/" + bad },
                _ => Mail() with { MessageId = "abc@forum.kominfo.go.id" + bad },
            };

            Assert.Throws<MailHeaderException>(() => MimeMessageFactory.Build(mail, _options, _date));
        }
    }

    [Theory]
    [InlineData("no-reply@forum.kominfo.go.id", "forum.kominfo.go.id")]
    [InlineData("a@b@c.go.id", "c.go.id")]
    [InlineData("no-domain@", "localhost")]
    [InlineData("plain", "localhost")]
    public void Domain_is_what_follows_the_last_at_sign(string address, string domain)
    {
        Assert.Equal(domain, MimeMessageFactory.Domain(address));
    }
}
