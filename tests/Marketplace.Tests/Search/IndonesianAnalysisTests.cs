using Lucene.Net.Analysis.TokenAttributes;
using Marketplace.Web.Features.Search;
using Marketplace.Web.Features.Search.Index;
using static Marketplace.Tests.Search.TempSearchIndex;

namespace Marketplace.Tests.Search;

public sealed class IndonesianAnalysisTests : IDisposable
{
    private readonly TempSearchIndex _temp = new();

    public void Dispose() => _temp.Dispose();

    [Theory]
    [InlineData("layanan")]
    [InlineData("pelayanan")]
    [InlineData("melayani")]
    [InlineData("dilayani")]
    public void Affixed_forms_share_one_stem(string word) => Assert.Equal(["layan"], Tokens("body", word));

    [Fact]
    public void The_e_prefix_is_kept_as_one_term_with_the_bare_word_beside_it()
    {
        Assert.Equal(["eparkir", "parkir"], Tokens("body", "e-Parkir"));
        Assert.Equal(["eoffice", "office"], Tokens("body", "E-Office"));
        Assert.Equal(["ebudgeting", "budgeting"], Tokens("body", "e-budgeting"));
        // Only a lone "e": "kode-e" and "online-e" are not prefixes.
        Assert.DoesNotContain("ekode", Tokens("body", "kode-e"));
    }

    [Fact]
    public void Stop_words_go_from_the_searched_fields_but_stay_in_the_spell_field()
    {
        Assert.Equal(["hasil"], Tokens("body", "bagi hasil"));
        Assert.Equal(["bagi", "hasil"], Tokens("spell", "Bagi hasil"));
        Assert.Equal(["peringatan", "dini"], Tokens("spell", "Peringatan dini"));
        Assert.Contains("dini", Tokens("body", "peringatan dini"));
    }

    [Fact]
    public async Task Searching_layanan_finds_every_affixed_form()
    {
        await _temp.AddAsync(
            App("1", "Mal Pelayanan Publik"),
            App("2", "Magelang Melayani"),
            App("3", "Aplikasi antrean", body: "Warga dilayani tanpa antre."),
            App("4", "Retribusi pasar"));

        var hits = _temp.Index.Search(new SearchRequest { Text = "layanan" }).Hits.Select(h => h.Id).Order();

        Assert.Equal(["1", "2", "3"], hits);
    }

    [Fact]
    public async Task E_parkir_finds_the_e_name_first_and_plain_parkir_finds_both()
    {
        await _temp.AddAsync(App("1", "e-Parkir Palembang"), App("2", "Parkir Berlangganan Sidoarjo"));

        Assert.Equal("1", _temp.Index.Search(new SearchRequest { Text = "E-PARKIR" }).Hits[0].Id);
        Assert.Equal(2, _temp.Index.Search(new SearchRequest { Text = "parkir" }).Total);
    }

    private static List<string> Tokens(string field, string text)
    {
        using var analysis = new IndonesianAnalysis();
        using var stream = analysis.GetTokenStream(field, text);
        var term = stream.AddAttribute<ICharTermAttribute>();
        stream.Reset();
        var tokens = new List<string>();
        while (stream.IncrementToken())
        {
            tokens.Add(term.ToString());
        }

        stream.End();
        return tokens;
    }
}
