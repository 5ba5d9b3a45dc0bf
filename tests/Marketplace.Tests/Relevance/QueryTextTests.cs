using Marketplace.Testing.Relevance;

namespace Marketplace.Tests.Relevance;

public sealed class QueryTextTests
{
    [Fact]
    public void Phrases_come_first_then_words_lower_cased_with_hyphens_kept()
    {
        var parts = QueryText.Parse("SSO \"Tanda Tangan\" e-Parkir, (zonasi)");
        Assert.Equal(
            [new QueryPart("tanda tangan", true), new QueryPart("sso", false), new QueryPart("e-parkir", false), new QueryPart("zonasi", false)],
            parts);
    }

    [Theory]
    [InlineData("")]
    [InlineData("   ")]
    [InlineData("\"\"")]
    [InlineData("(),.-")]
    public void Text_without_words_has_no_parts(string text) => Assert.Empty(QueryText.Parse(text));

    [Fact]
    public void A_quoted_single_word_is_a_word_and_an_unclosed_quote_is_ignored()
    {
        Assert.Equal([new QueryPart("pdn", false)], QueryText.Parse("\"PDN\""));
        Assert.Equal([new QueryPart("pusat", false), new QueryPart("data", false)], QueryText.Parse("\"pusat data"));
    }
}
