using Marketplace.Web.Features.Forum;

namespace Marketplace.Tests.Forum;

public sealed class QuotingTests
{
    [Fact]
    public void A_quote_names_the_author_links_the_post_and_quotes_every_line()
    {
        var quote = Quoting.Quote("Andi *Pratama*", "/forum/t/7/judul?halaman=1#pesan-3", "menulis", "Baris satu\r\n\r\n> kutipan lama\r\nBaris dua\r\n");

        Assert.Equal("> **Andi \\*Pratama\\*** [menulis](/forum/t/7/judul?halaman=1#pesan-3):\n>\n> Baris satu\n>\n> > kutipan lama\n> Baris dua\n\n", quote);
    }

    [Theory]
    [InlineData("Server untuk E-Kinerja?", "server-untuk-e-kinerja")]
    [InlineData("Satu Data: Perpres 39/2019", "satu-data-perpres-39-2019")]
    [InlineData("Pemeliharaan aplikasi é à", "pemeliharaan-aplikasi-e-a")]
    [InlineData("👩🏽‍💻 مرحبا", "topik")]
    public void A_thread_slug_is_the_title_in_latin_letters_or_topik(string title, string slug)
    {
        Assert.Equal(slug, Quoting.ThreadSlug(title));
    }

    [Theory]
    [InlineData(1, 1)]
    [InlineData(20, 1)]
    [InlineData(21, 2)]
    [InlineData(4000, 200)]
    [InlineData(4001, 201)]
    [InlineData(0, 1)]
    public void A_post_number_falls_on_its_page(int number, int page)
    {
        Assert.Equal(page, Quoting.PageOf(number));
    }

    [Fact]
    public void A_post_address_names_its_page_and_anchor() =>
        Assert.Equal("/forum/t/9/rapat-pokja?halaman=3#pesan-41", Quoting.PostUrl(9, "Rapat Pokja", 41));
}
