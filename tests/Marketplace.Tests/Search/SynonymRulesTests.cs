using Marketplace.Web.Features.Search;

namespace Marketplace.Tests.Search;

public sealed class SynonymRulesTests
{
    [Fact]
    public void Terms_are_split_on_commas_and_lines_and_read_as_the_index_reads_them()
    {
        var terms = SynonymRules.Parse("E-Parkir,  Parkir   Elektronik\nparkir online;", out var errors);

        Assert.Empty(errors);
        Assert.Equal(["e-parkir", "parkir elektronik", "parkir online"], terms);
    }

    [Theory]
    [InlineData("   ", "Synonyms.Required")]
    [InlineData("parkir", "Synonyms.TooFew")]
    [InlineData("parkir, PARKIR", "Synonyms.Repeated")]
    [InlineData("parkir, p", "Synonyms.TermLength")]
    [InlineData("parkir, parkir<b>", "Synonyms.TermCharacters")]
    [InlineData("parkir, parkir\u0000x", "Synonyms.TermCharacters")]
    [InlineData("a1, a2, a3, a4, a5, a6, a7, a8, a9, a10, a11", "Synonyms.TooMany")]
    public void A_bad_group_is_refused_with_its_reason(string input, string key)
    {
        var terms = SynonymRules.Parse(input, out var errors);

        Assert.Empty(terms);
        Assert.Contains(errors, e => e.Key == key);
    }

    [Fact]
    public void Input_beyond_its_limit_is_refused_before_it_is_read()
    {
        var terms = SynonymRules.Parse(new string('a', 1001), out var errors);

        Assert.Empty(terms);
        Assert.Equal("Synonyms.InputTooLong", Assert.Single(errors).Key);
    }
}
