using Marketplace.Web.Features.Catalog;

namespace Marketplace.Tests.Catalog;

public sealed class SlugsTests
{
    [Theory]
    [InlineData("E-Kinerja Jawa Tengah", "e-kinerja-jawa-tengah")]
    [InlineData("  SIMPEG (versi 2)  ", "simpeg-versi-2")]
    [InlineData("Sistem Informasi Désa", "sistem-informasi-desa")]
    [InlineData("e--Parkir__Palembang", "e-parkir-palembang")]
    public void Names_become_addresses(string name, string slug) => Assert.Equal(slug, Slugs.From(name));

    [Fact]
    public void Long_names_are_cut_without_a_trailing_hyphen()
    {
        var slug = Slugs.From(new string('a', 79) + " b" + new string('c', 30));

        Assert.True(slug.Length <= Slugs.MaxLength);
        Assert.False(slug.EndsWith('-'));
        Assert.True(Slugs.IsValid(slug));
    }

    [Theory]
    [InlineData("Huruf-Besar")]
    [InlineData("-awal")]
    [InlineData("akhir-")]
    [InlineData("dua--strip")]
    [InlineData("garis/miring")]
    [InlineData("../naik")]
    [InlineData("")]
    public void Malformed_addresses_are_refused(string slug) => Assert.False(Slugs.IsValid(slug));
}
