using Marketplace.Web.Features.Forum;

namespace Marketplace.Tests.Forum;

public sealed class MentionsTests
{
    [Fact]
    public void Handles_are_found_once_in_order_and_lower_case()
    {
        Assert.Equal(["andi.pratama", "siti_r", "budi"], Mentions.Parse("Halo @Andi.Pratama dan @siti_r, juga @budi. Sekali lagi @andi.pratama!"));
    }

    [Theory]
    [InlineData("tulis ke andi@singkawangkota.go.id saja")]
    [InlineData("kode `@andi` di baris")]
    [InlineData("```\n@andi di dalam blok kode\n```")]
    [InlineData("~~~yaml\nowner: @andi\n~~~\n")]
    [InlineData("tautan [@andi](/wilayah/61.72) yang sudah jadi")]
    [InlineData("@ sendirian, @-, @.titik")]
    [InlineData("")]
    public void Addresses_code_links_and_bare_signs_name_nobody(string markdown)
    {
        Assert.Empty(Mentions.Parse(markdown));
    }

    [Fact]
    public void A_handle_ends_before_trailing_punctuation_and_after_a_code_block()
    {
        Assert.Equal(["rina", "budi"], Mentions.Parse("```\n@kode\n```\nTerima kasih @rina.\n(@budi)"));
    }

    [Fact]
    public void Known_handles_become_links_and_everything_else_is_given_back_exactly()
    {
        var links = new Dictionary<string, string> { ["andi"] = "/wilayah/61.72" };
        const string source = "Halo @Andi dan @tidakdikenal\n```\n@andi\n```\n`@andi` 👩🏽‍💻 e\u0301";

        var linked = Mentions.Link(source, links);

        Assert.Equal("Halo [@Andi](/wilayah/61.72) dan @tidakdikenal\n```\n@andi\n```\n`@andi` 👩🏽‍💻 e\u0301", linked);
        Assert.Equal(source, Mentions.Link(source, new Dictionary<string, string>()));
    }

    [Fact]
    public void The_handle_of_an_address_is_its_local_part_in_lower_case() =>
        Assert.Equal("andi.pratama", Mentions.HandleOf("Andi.Pratama@SingkawangKota.go.id"));

    [Fact]
    public void At_most_twenty_handles_are_taken_from_one_post() =>
        Assert.Equal(Mentions.MaxPerPost, Mentions.Parse(string.Join(' ', Enumerable.Range(0, 50).Select(i => $"@u{i}"))).Count);
}
