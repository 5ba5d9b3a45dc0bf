using Marketplace.Web.Features.Search;
using static Marketplace.Tests.Search.TempSearchIndex;

namespace Marketplace.Tests.Search;

public sealed class SynonymTests : IDisposable
{
    private readonly TempSearchIndex _temp = new();

    public SynonymTests() =>
        _temp.AddAsync(
            App("sso", "SSO Pemprov", body: "Autentikasi terpusat."),
            App("tunggal", "Akun Tunggal ASN", body: "Satu kata sandi."),
            App("pdn", "Asisten Migrasi", body: "Pemindahan server ke Pusat Data Nasional."),
            App("eparkir", "e-Parkir Palembang", body: "Transaksi tercatat."),
            App("makassar", "Parkir Elektronik Makassar", body: "Tanpa uang tunai."),
            App("pbb", "e-PBB Tangerang", body: "Cek tagihan SPPT."),
            App("kuliner", "Wisata Kuliner", body: "Daftar warung makan.")).GetAwaiter().GetResult();

    public void Dispose() => _temp.Dispose();

    [Theory]
    [InlineData("SSO")]
    [InlineData("single sign-on")]
    [InlineData("akun tunggal")]
    public void Every_name_of_single_sign_on_finds_both_applications(string text) =>
        Assert.Equal(["sso", "tunggal"], Ids(text));

    [Fact]
    public void An_acronym_finds_its_expansion_and_the_expansion_finds_the_acronym()
    {
        Assert.Equal(["pdn"], Ids("PDN"));
        Assert.Equal(["pbb"], Ids("pajak bumi dan bangunan"));
    }

    [Theory]
    [InlineData("e-parkir")]
    [InlineData("parkir elektronik")]
    [InlineData("parkir online")]
    public void The_e_name_and_the_plain_name_find_each_other(string text) =>
        Assert.Equal(["eparkir", "makassar"], Ids(text));

    [Fact]
    public void A_quoted_phrase_is_taken_literally() =>
        Assert.Equal(["makassar"], Ids("\"parkir elektronik\""));

    [Fact]
    public void A_curator_group_takes_effect_without_reindexing_and_can_be_withdrawn()
    {
        Assert.Empty(Ids("santapan"));
        Assert.Empty(Ids("gerai pangan"));

        _temp.Index.UseSynonyms([["santapan", "kuliner"], ["gerai pangan", "warung makan"]]);

        Assert.Equal(["kuliner"], Ids("santapan"));
        Assert.Equal(["kuliner"], Ids("gerai pangan"));
        Assert.Equal(["sso", "tunggal"], Ids("SSO"));

        _temp.Index.UseSynonyms([]);

        Assert.Empty(Ids("santapan"));
        Assert.Equal(["sso", "tunggal"], Ids("SSO"));
    }

    public static TheoryData<string[][]> InvalidGroups => new()
    {
        new[] { new[] { "satu" } },
        new[] { new[] { "satu", "" } },
        new[] { new[] { "satu", "   " } },
        new[] { new[] { "satu", "!!!" } },
        new[] { new[] { "satu", "\"dua\"" } },
        new[] { new[] { "satu", new string('a', 81) } },
        new[] { new[] { "satu", "a b c d e f g h i" } },
        new[] { Enumerable.Range(0, 21).Select(i => "kata" + i).ToArray() },
    };

    [Theory]
    [MemberData(nameof(InvalidGroups))]
    public void A_bad_curator_group_is_refused_and_changes_nothing(string[][] groups)
    {
        _temp.Index.UseSynonyms([["santapan", "kuliner"]]);

        Assert.Throws<ArgumentException>(() => _temp.Index.UseSynonyms([.. groups.Select(g => (IReadOnlyList<string>)g)]));
        Assert.Equal(["kuliner"], Ids("santapan"));
    }

    private string[] Ids(string text) =>
        [.. _temp.Index.Search(new SearchRequest { Text = text }).Hits.Select(h => h.Id).Order(StringComparer.Ordinal)];
}
