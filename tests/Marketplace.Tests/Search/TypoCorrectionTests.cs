using Marketplace.Web.Features.Search;
using Marketplace.Web.Features.Search.Index;
using static Marketplace.Tests.Search.TempSearchIndex;

namespace Marketplace.Tests.Search;

public sealed class TypoCorrectionTests : IDisposable
{
    private readonly TempSearchIndex _temp = new();

    public TypoCorrectionTests() =>
        _temp.AddAsync(
            App("1", "Sistem Informasi Kepegawaian", body: "Data kepegawaian ASN."),
            App("2", "Retribusi Pasar", body: "Pedagang pasar membayar retribusi."),
            App("3", "Pemantauan Stunting", body: "Penimbangan balita di posyandu."),
            App("4", "Antrean Puskesmas", body: "Nomor antrean puskesmas.")).GetAwaiter().GetResult();

    public void Dispose() => _temp.Dispose();

    [Theory]
    [InlineData("kepegawaan", "kepegawaian", "1")]
    [InlineData("stuntng", "stunting", "3")]
    [InlineData("puskesmaas", "puskesmas", "4")]
    [InlineData("Puskesmaas", "puskesmas", "4")]
    public void A_word_nobody_wrote_is_searched_by_its_nearest_spelling(string typed, string corrected, string expectedId)
    {
        var results = _temp.Index.Search(new SearchRequest { Text = typed });

        Assert.True(results.CorrectedTypos);
        Assert.Equal(corrected, results.Suggestion);
        Assert.Equal(expectedId, results.Hits[0].Id);
    }

    [Fact]
    public void Only_the_misspelled_word_changes_in_the_suggestion()
    {
        var results = _temp.Index.Search(new SearchRequest { Text = "Retribusi pasat" });

        Assert.Equal("Retribusi pasar", results.Suggestion);
        Assert.Equal("2", results.Hits[0].Id);
    }

    [Fact]
    public void Known_words_are_not_corrected()
    {
        var results = _temp.Index.Search(new SearchRequest { Text = "pasar" });

        Assert.False(results.CorrectedTypos);
        Assert.Null(results.Suggestion);
    }

    [Fact]
    public void A_word_far_from_every_spelling_finds_nothing_and_suggests_nothing()
    {
        var results = _temp.Index.Search(new SearchRequest { Text = "zzzzqqqq" });

        Assert.Equal(0, results.Total);
        Assert.False(results.CorrectedTypos);
        Assert.Null(results.Suggestion);
    }

    [Fact]
    public async Task When_nothing_is_found_a_more_common_near_spelling_is_suggested_without_correcting()
    {
        // Someone wrote "pasal" once, in a thread; applications say "pasar". Among applications "pasal" finds nothing.
        await _temp.AddAsync(Doc(SearchType.Thread, "t", "Tanya", "Pedagang di pasal lama."), App("5", "Info Harga Pasar"));

        var results = _temp.Index.Search(new SearchRequest { Text = "pasal", Type = SearchType.App });

        Assert.Equal(0, results.Total);
        Assert.False(results.CorrectedTypos);
        Assert.Equal("pasar", results.Suggestion);
    }

    [Theory]
    [InlineData("kitten", "sitting", 3)]
    [InlineData("pasar", "pasra", 1)]
    [InlineData("stunting", "stuntng", 1)]
    [InlineData("", "abc", 3)]
    public void Edit_distance_counts_a_transposition_as_one(string a, string b, int expected) =>
        Assert.Equal(expected, TypoCorrector.EditDistance(a, b));
}
