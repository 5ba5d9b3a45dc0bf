using Marketplace.Web.Features.Forum.Moderation;

namespace Marketplace.Tests.Forum.Moderation;

public sealed class ModerationChecksTests
{
    [Theory]
    [InlineData(FlagReason.Spam, null)]
    [InlineData(FlagReason.Kasar, "  ")]
    [InlineData(FlagReason.TidakRelevan, "Bukan soal SPBE.")]
    [InlineData(FlagReason.Lainnya, "Data pribadi warga.")]
    public void A_reason_is_enough_and_other_comes_with_a_note(FlagReason reason, string? note) =>
        Assert.Empty(ModerationChecks.Check(new FlagInput { Reason = reason, Note = note }));

    [Fact]
    public void A_missing_or_unknown_reason_is_named_by_the_reason_field()
    {
        Assert.Equal("Flag.ReasonRequired", Assert.Single(ModerationChecks.Check(new FlagInput())).Key);
        var unknown = Assert.Single(ModerationChecks.Check(new FlagInput { Reason = (FlagReason)42 }));
        Assert.Equal(("Reason", "Flag.ReasonRequired"), (unknown.Field, unknown.Key));
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData(" \t\n ")]
    public void Other_without_a_visible_note_asks_for_one(string? note)
    {
        var error = Assert.Single(ModerationChecks.Check(new FlagInput { Reason = FlagReason.Lainnya, Note = note }));
        Assert.Equal(("Note", "Flag.NoteRequired"), (error.Field, error.Key));
    }

    [Fact]
    public void A_note_may_be_as_long_as_the_limit_and_no_longer()
    {
        Assert.Empty(ModerationChecks.Check(new FlagInput { Reason = FlagReason.Spam, Note = new string('a', ModerationRules.NoteMax) }));
        var error = Assert.Single(ModerationChecks.Check(new FlagInput { Reason = FlagReason.Spam, Note = new string('a', ModerationRules.NoteMax + 1) }));
        Assert.Equal("Flag.NoteTooLong", error.Key);
        Assert.Equal([ModerationRules.NoteMax, ModerationRules.NoteMax + 1], error.Arguments);
    }

    [Theory]
    [InlineData(0, "Suspend.DaysRange")]
    [InlineData(-3, "Suspend.DaysRange")]
    [InlineData(366, "Suspend.DaysRange")]
    [InlineData(null, "Suspend.DaysRange")]
    public void A_suspension_lasts_one_to_365_days(int? days, string key) =>
        Assert.Equal(key, Assert.Single(ModerationChecks.Check(new SuspendInput { Days = days, Reason = "Iklan" })).Key);

    [Theory]
    [InlineData(1)]
    [InlineData(365)]
    public void The_bounds_themselves_are_allowed(int days) =>
        Assert.Empty(ModerationChecks.Check(new SuspendInput { Days = days, Reason = "Iklan" }));

    [Fact]
    public void A_suspension_and_a_hiding_need_a_visible_reason_within_the_limit()
    {
        Assert.Equal("Moderation.ReasonRequired", Assert.Single(ModerationChecks.Check(new SuspendInput { Days = 3, Reason = "   " })).Key);
        Assert.Equal("Moderation.ReasonRequired", Assert.Single(ModerationChecks.Check(new ReasonInput())).Key);
        Assert.Equal("Moderation.ReasonTooLong", Assert.Single(ModerationChecks.Check(new ReasonInput { Reason = new string('x', ModerationRules.ReasonMax + 1) })).Key);
        Assert.Empty(ModerationChecks.Check(new ReasonInput { Reason = "  " + new string('x', ModerationRules.ReasonMax) + "  " }));
    }

    [Fact]
    public void Excerpts_flatten_whitespace_and_cut_long_bodies_without_splitting_a_character()
    {
        Assert.Equal("satu dua tiga", Excerpts.Of("satu\n\n  dua\ttiga"));
        var emoji = new string('a', Excerpts.Length - 1) + "😀" + "akhir";
        var cut = Excerpts.Of(emoji);
        Assert.EndsWith("…", cut, StringComparison.Ordinal);
        Assert.False(char.IsHighSurrogate(cut[^2]));
    }
}
