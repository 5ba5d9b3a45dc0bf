using Marketplace.Web.Features.Mail;
using Marketplace.Web.Features.Mail.Outbox;

namespace Marketplace.Tests.Mail;

/// <summary><c>MailOutbox.Check</c>: the draft as an outbox row, or the reason it is refused.</summary>
public sealed class MailOutboxCheckTests
{
    private static readonly MailOptions _options = new();
    private static readonly DateTimeOffset _now = new(2026, 12, 5, 8, 30, 0, TimeSpan.Zero);

    private static MailDraft Draft() => new(
        "notification:42", "user-1", "andi@singkawangkota.go.id", "Andi Pratama", "en", "ForumReply",
        "  New reply in SIMPEG  ", "A reply.", "<p>A reply.</p>", "https://forum.kominfo.go.id/surel/berhenti/abc");

    [Fact]
    public void A_good_draft_becomes_a_pending_row_due_now_with_a_message_id()
    {
        var row = MailOutbox.Check(Draft(), _options, _now);

        Assert.Equal(("notification:42", "user-1", "andi@singkawangkota.go.id", "Andi Pratama"), (row.DedupeKey, row.UserId, row.ToAddress, row.ToName));
        Assert.Equal(("en", "ForumReply", "New reply in SIMPEG"), (row.Culture, row.Kind, row.Subject));
        Assert.Equal(OutboxMailState.Pending, row.State);
        Assert.Equal((0, _now, _now), (row.Attempts, row.NextAttemptAt, row.CreatedAt));
        Assert.EndsWith("@forum.kominfo.go.id", row.MessageId, StringComparison.Ordinal);
        Assert.NotEqual(row.MessageId, MailOutbox.Check(Draft(), _options, _now).MessageId);
    }

    [Theory]
    [InlineData("en", "en")]
    [InlineData("id", "id")]
    [InlineData("fr", "id")]
    [InlineData("", "id")]
    public void The_culture_is_English_or_Indonesian(string culture, string stored)
    {
        Assert.Equal(stored, MailOutbox.Check(Draft() with { Culture = culture }, _options, _now).Culture);
    }

    [Fact]
    public void Long_names_and_subjects_are_cut_with_an_ellipsis()
    {
        var row = MailOutbox.Check(Draft() with { ToName = new string('a', 500), Subject = new string('b', 1000) }, _options, _now);

        Assert.Equal(MailRules.NameMax, row.ToName.Length);
        Assert.EndsWith("…", row.ToName, StringComparison.Ordinal);
        Assert.Equal(MailRules.SubjectMax, row.Subject.Length);
    }

    [Fact]
    public void Cut_does_not_split_a_character_made_of_two_code_units()
    {
        var cut = Marketplace.Web.Features.Shared.TextElements.Cut("ab😀cd", 4);

        Assert.Equal("ab…", cut);
    }

    public static TheoryData<string, string> HeaderInjections => new()
    {
        { "subject", "Rapat\r\nBcc: semua@contoh.go.id" },
        { "subject", "Rapat\nBcc: semua@contoh.go.id" },
        { "name", "Andi\rBcc: semua@contoh.go.id" },
        { "name", "Andi\u0085Bcc" },
        { "address", "andi@singkawangkota.go.id\nBcc: semua@contoh.go.id" },
        { "unsubscribe", "https://forum.kominfo.go.id/\r\nBcc: semua@contoh.go.id" },
    };

    [Theory]
    [MemberData(nameof(HeaderInjections))]
    public void A_line_break_in_a_header_field_is_refused(string field, string value)
    {
        var draft = field switch
        {
            "subject" => Draft() with { Subject = value },
            "name" => Draft() with { ToName = value },
            "address" => Draft() with { ToAddress = value },
            _ => Draft() with { UnsubscribeUrl = value },
        };

        Assert.Throws<MailHeaderException>(() => MailOutbox.Check(draft, _options, _now));
    }

    [Theory]
    [InlineData("a@x.go.id, b@y.go.id")]
    [InlineData("a@x.go.id; b@y.go.id")]
    [InlineData("a@x.go.id b@y.go.id")]
    [InlineData("Andi <a@x.go.id>")]
    [InlineData("bukan-alamat")]
    [InlineData("@x.go.id")]
    [InlineData("")]
    [InlineData("   ")]
    public void Anything_but_one_plain_address_is_refused(string address)
    {
        var refused = Assert.ThrowsAny<ArgumentException>(() => MailOutbox.Check(Draft() with { ToAddress = address }, _options, _now));

        Assert.IsNotType<MailHeaderException>(refused);
    }

    [Theory]
    [InlineData("")]
    [InlineData(" ")]
    public void A_draft_without_a_dedupe_key_or_subject_is_refused(string blank)
    {
        Assert.ThrowsAny<ArgumentException>(() => MailOutbox.Check(Draft() with { DedupeKey = blank }, _options, _now));
        Assert.ThrowsAny<ArgumentException>(() => MailOutbox.Check(Draft() with { Subject = blank }, _options, _now));
        Assert.ThrowsAny<ArgumentException>(() => MailOutbox.Check(Draft() with { DedupeKey = new string('k', MailRules.DedupeKeyMax + 1) }, _options, _now));
    }
}
