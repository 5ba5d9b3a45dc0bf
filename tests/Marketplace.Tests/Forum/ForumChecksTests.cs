using Marketplace.Web.Features.Forum;

namespace Marketplace.Tests.Forum;

public sealed class ForumChecksTests
{
    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData(" \t\r\n ")]
    [InlineData("\u200B\u200C\u200D\u2060\u200E\u200F\uFEFF")]
    [InlineData("\u00A0\u3000")]
    public void Empty_blank_and_invisible_bodies_are_refused(string? body)
    {
        var error = Assert.Single(ForumChecks.Check(new PostInput { Body = body }));
        Assert.Equal("Forum.BodyRequired", error.Key);
    }

    [Theory]
    [InlineData("👍")]
    [InlineData("e\u0301")]
    [InlineData("مرحبا")]
    [InlineData("a\u200Bb")]
    public void Short_unusual_text_is_accepted(string body)
    {
        Assert.Empty(ForumChecks.Check(new PostInput { Body = body }));
    }

    [Fact]
    public void The_limit_counts_the_body_without_surrounding_space()
    {
        Assert.Empty(ForumChecks.Check(new PostInput { Body = "  " + new string('a', ForumRules.BodyMax) + "\n\n" }));
        var error = Assert.Single(ForumChecks.Check(new PostInput { Body = new string('a', ForumRules.BodyMax + 1) }));
        Assert.Equal("Forum.BodyTooLong", error.Key);
        Assert.Equal([ForumRules.BodyMax, ForumRules.BodyMax + 1], error.Arguments);
    }

    [Fact]
    public void Control_characters_other_than_line_breaks_and_tabs_are_refused()
    {
        Assert.Equal("Forum.ControlCharacters", Assert.Single(ForumChecks.Check(new PostInput { Body = "a\u0000b" })).Key);
        Assert.Empty(ForumChecks.Check(new PostInput { Body = "a\r\n\tb" }));
    }

    [Fact]
    public void Tags_become_distinct_slugs_and_more_than_five_are_refused()
    {
        Assert.Equal(["satu-data", "spbe"], ForumChecks.ParseTags("Satu Data, SPBE ,, satu data;  "));
        var errors = ForumChecks.Check(new ThreadInput { Title = "Judul", Body = "Isi", Tags = "a,b,c,d,e,f" }, out var tags);
        Assert.Equal(6, tags.Count);
        Assert.Equal("Forum.TooManyTags", Assert.Single(errors).Key);
    }

    [Fact]
    public void A_title_is_required_and_limited()
    {
        Assert.Equal("Forum.TitleRequired", Assert.Single(ForumChecks.Check(new ThreadInput { Title = " ", Body = "Isi" }, out _)).Key);
        Assert.Equal("Forum.TitleTooLong", Assert.Single(ForumChecks.Check(new ThreadInput { Title = new string('j', ForumRules.TitleMax + 1), Body = "Isi" }, out _)).Key);
    }

    [Fact]
    public void A_board_cursor_reads_back_what_it_wrote_and_refuses_nonsense()
    {
        var thread = new ForumThread { Id = 42, Title = "t", AuthorId = "a", LastPostAt = new DateTimeOffset(2026, 11, 23, 1, 2, 3, TimeSpan.Zero) };

        Assert.True(ThreadCursor.TryParse(ThreadCursor.Format(thread), out var at, out var id));
        Assert.Equal((thread.LastPostAt, 42), (at, id));
        Assert.False(ThreadCursor.TryParse("abc-1", out _, out _));
        Assert.False(ThreadCursor.TryParse("-5-1", out _, out _));
        Assert.False(ThreadCursor.TryParse("99999999999999999999-1", out _, out _));
        Assert.False(ThreadCursor.TryParse(null, out _, out _));
    }
}
