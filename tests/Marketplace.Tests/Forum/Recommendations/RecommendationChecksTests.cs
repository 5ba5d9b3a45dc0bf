using Marketplace.Web.Features.Forum.Recommendations;

namespace Marketplace.Tests.Forum.Recommendations;

public sealed class RecommendationChecksTests
{
    [Fact]
    public void Empty_title_and_body_are_refused_each_with_its_key()
    {
        var errors = RecommendationChecks.Check(new RecommendationInput { Title = " \u200B ", Body = "\t\n" });
        Assert.Equal(["Rec.TitleRequired", "Rec.BodyRequired"], errors.Select(e => e.Key));
        Assert.Equal(["Title", "Body"], errors.Select(e => e.Field));
    }

    [Fact]
    public void The_body_limit_is_fifty_thousand_characters_after_trimming()
    {
        Assert.Empty(RecommendationChecks.Check(new RecommendationInput { Title = "Judul", Body = "  " + new string('x', RecommendationRules.BodyMax) + "\n" }));
        var error = Assert.Single(RecommendationChecks.Check(new RecommendationInput { Title = "Judul", Body = new string('x', RecommendationRules.BodyMax + 1) }));
        Assert.Equal("Rec.BodyTooLong", error.Key);
        Assert.Equal([RecommendationRules.BodyMax, RecommendationRules.BodyMax + 1], error.Arguments);
    }

    [Fact]
    public void A_change_note_over_its_limit_and_control_characters_are_refused()
    {
        var errors = RecommendationChecks.Check(new RecommendationInput { Title = "a\u0007", Body = "isi", ChangeNote = new string('c', RecommendationRules.ChangeNoteMax + 1) });
        Assert.Equal(["Rec.ControlCharacters", "Rec.TextTooLong"], errors.Select(e => e.Key));
    }

    [Fact]
    public void A_required_note_must_have_visible_text()
    {
        Assert.Equal("Rec.NoteRequired", Assert.Single(RecommendationChecks.Note("Note", " \u200B", 100, required: true)).Key);
        Assert.Empty(RecommendationChecks.Note("Note", null, 100, required: false));
        Assert.Equal("Rec.TextTooLong", Assert.Single(RecommendationChecks.Note("Note", new string('n', 101), 100, required: false)).Key);
        Assert.Null(RecommendationChecks.Clean("  \u200B "));
        Assert.Equal("ok", RecommendationChecks.Clean("  ok \n"));
    }
}
