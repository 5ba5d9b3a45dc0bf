using Marketplace.Web.Features.Notifications;

namespace Marketplace.Tests.Notifications;

public sealed class NotificationRulesTests
{
    [Theory]
    [InlineData("/")]
    [InlineData("/adopsi/12")]
    [InlineData("/forum/t/5/judul?halaman=3#p-9")]
    [InlineData("/katalog/e-parkir%20baru")]
    public void A_path_on_this_site_is_local(string url) => Assert.True(NotificationRules.IsLocalUrl(url));

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("adopsi/12")]
    [InlineData("//evil.example/x")]
    [InlineData("/\\evil.example")]
    [InlineData("https://evil.example/")]
    [InlineData("javascript:alert(1)")]
    [InlineData(" /adopsi/1")]
    [InlineData("/adopsi/1\r\nSet-Cookie: a=b")]
    [InlineData("/a b")]
    [InlineData("/a\u0000")]
    public void Anything_else_is_not(string? url) => Assert.False(NotificationRules.IsLocalUrl(url));

    [Fact]
    public void A_path_longer_than_the_column_is_not_local() =>
        Assert.False(NotificationRules.IsLocalUrl("/" + new string('a', NotificationRules.UrlMax)));

    [Theory]
    [InlineData(null, null)]
    [InlineData("   ", null)]
    [InlineData("  Aplikasi\n\n  e\t ", "Aplikasi e")]
    [InlineData("pendek", "pendek")]
    [InlineData("0123456789", "0123456789")]
    [InlineData("0123456789AB", "012345678…")]
    [InlineData("01234 6789AB", "01234 678…")]
    public void Cap_collapses_whitespace_and_cuts_with_an_ellipsis(string? text, string? expected) =>
        Assert.Equal(expected, NotificationRules.Cap(text, 10));

    [Fact]
    public void Cap_never_splits_an_emoji_or_a_combining_sequence()
    {
        var emoji = NotificationRules.Cap("abcdefgh😀😀", 10)!;
        var combining = NotificationRules.Cap("abcdefghe\u0301xyz", 10)!;

        Assert.Equal("abcdefgh…", emoji);
        Assert.Equal("abcdefgh…", combining);
        Assert.True(emoji.Length <= 10 && combining.Length <= 10);
    }

    [Fact]
    public void Arguments_are_capped_one_by_one_and_round_trip()
    {
        var json = NotificationRules.ArgsToJson(["Andi", new string('x', 500), null, "\"kutip\" <b>"]);
        var args = NotificationRules.ArgsFromJson(json);

        Assert.Equal(4, args.Length);
        Assert.Equal("Andi", args[0]);
        Assert.Equal(NotificationRules.ArgMax, args[1].Length);
        Assert.EndsWith("…", args[1], StringComparison.Ordinal);
        Assert.Equal("", args[2]);
        Assert.Equal("\"kutip\" <b>", args[3]);
        Assert.True(json.Length <= NotificationRules.ArgsJsonMax);
    }

    [Fact]
    public void At_most_eight_arguments_are_kept_so_the_json_fits_its_column()
    {
        var json = NotificationRules.ArgsToJson(Enumerable.Repeat(new string('\u0001', 400), 20));

        Assert.Equal(NotificationRules.ArgsMax, NotificationRules.ArgsFromJson(json).Length);
        Assert.True(json.Length <= NotificationRules.ArgsJsonMax, $"{json.Length} characters");
    }

    [Fact]
    public void Letters_are_stored_as_themselves_and_markup_stays_escaped() =>
        Assert.Equal("[\"Kab. Bone Bolango é\",\"\\u003Cb\\u003E\"]", NotificationRules.ArgsToJson(["Kab. Bone Bolango é", "<b>"]));

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("{\"a\":1}")]
    [InlineData("[1,")]
    public void Damaged_arguments_read_as_none(string? json) => Assert.Empty(NotificationRules.ArgsFromJson(json));

    [Theory]
    [InlineData("", "k", "/x")]
    [InlineData("Forum.Replied", "", "/x")]
    [InlineData("Forum.Replied", "k", "https://evil.example/")]
    [InlineData("Forum.Replied", "k", "//evil.example")]
    public void A_draft_without_keys_or_with_a_foreign_url_is_refused(string textKey, string dedupeKey, string url) =>
        Assert.Throws<ArgumentException>(() => NotificationService.Check(new NotificationDraft(NotificationKind.Reply, textKey, [], url, dedupeKey)));

    [Theory]
    [InlineData("Thread", true)]
    [InlineData("Board", true)]
    [InlineData("App", true)]
    [InlineData("app", false)]
    [InlineData("2", false)]
    [InlineData("App,Board", false)]
    [InlineData("", false)]
    [InlineData(null, false)]
    public void Only_the_names_of_watch_targets_are_accepted(string? name, bool accepted) =>
        Assert.Equal(accepted, NotificationRules.TryWatchTarget(name, out _));
}
