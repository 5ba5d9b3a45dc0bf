using Marketplace.Web.Features.Catalog;
using Marketplace.Web.Features.Content;
using Marketplace.Web.Features.Forum;
using Marketplace.Web.Features.Regions;
using Marketplace.Web.Features.Search;
using Marketplace.Web.Features.Search.Indexing;

namespace Marketplace.Tests.Search.Indexing;

public sealed class SearchDocumentFactoryTests
{
    private static readonly DateTimeOffset _at = new(2026, 12, 1, 8, 0, 0, TimeSpan.Zero);

    private readonly SearchDocumentFactory _factory = new(new MarkdownRenderer(), code => code switch
    {
        "61.72" => "Kota Singkawang",
        "61" => "Kalimantan Barat",
        "00.01" => "Kementerian Komunikasi dan Informatika",
        _ => null,
    });

    private static AppRow App(AppStatus status) =>
        new(42, "e-parkir", "e-Parkir", "Retribusi parkir elektronik", "## Fitur\n\n- **tiket** harian", "61.72", "GPL-3.0-or-later", Maturity.Stable, status, _at);

    [Fact]
    public void A_published_application_is_public_with_its_page_region_province_categories_and_plain_text()
    {
        var document = _factory.App(App(AppStatus.Published), ["parking", "retribution"]);

        Assert.Equal("app:42", document.Key);
        Assert.Equal(("e-Parkir", "Retribusi parkir elektronik", "/katalog/e-parkir"), (document.Title, document.Summary, document.Url));
        Assert.Equal("Fitur tiket harian", document.Body);
        Assert.Equal(("61.72", "Kota Singkawang", "61"), (document.RegionCode, document.RegionName, document.ProvinceCode));
        Assert.Equal(["parking", "retribution"], document.Categories);
        Assert.Equal(("GPL-3.0-or-later", "stable"), (document.License, document.Maturity));
        Assert.Equal(SearchAccess.Public, document.Access);
    }

    [Fact]
    public void A_draft_is_for_its_own_region_only()
    {
        Assert.Equal("region:61.72", _factory.App(App(AppStatus.Draft), []).Access);
    }

    [Fact]
    public void A_release_is_titled_with_its_application_and_shares_its_access()
    {
        var document = _factory.Release(new ReleaseRow(7, "1.4.0", "Perbaikan *cetak*", _at, "e-parkir", "e-Parkir", "61.72", AppStatus.Draft));

        Assert.Equal(("release:7", "e-Parkir 1.4.0", "/katalog/e-parkir"), (document.Key, document.Title, document.Url));
        Assert.Equal("Perbaikan cetak", document.Body);
        Assert.Equal("region:61.72", document.Access);
    }

    [Fact]
    public void A_thread_holds_its_first_post_and_a_reply_points_at_its_page_and_anchor()
    {
        var thread = _factory.Thread(new ThreadSourceRow(12, "SSO untuk semua OPD", "61.72", _at, BoardReadAccess.Members, "Bagaimana **SSO**?"));
        var post = _factory.Post(new PostRow(99, 12, 23, "Pakai Keycloak.", "61.72", _at, null, "SSO untuk semua OPD", BoardReadAccess.Public));

        Assert.Equal(("thread:12", "/forum/t/12/sso-untuk-semua-opd", "Bagaimana SSO?"), (thread.Key, thread.Url, thread.Body));
        Assert.Equal(SearchAccess.Members, thread.Access);
        Assert.Equal(("post:99", "SSO untuk semua OPD"), (post.Key, post.Title));
        Assert.Equal("/forum/t/12/sso-untuk-semua-opd?halaman=2#pesan-23", post.Url);
        Assert.Equal(SearchAccess.Public, post.Access);
    }

    [Fact]
    public void A_region_and_a_best_practice_have_their_pages()
    {
        var region = _factory.Region(new RegionRow("61.72", "Kota Singkawang", RegionKind.City, "61"), "Kalimantan Barat");
        var practice = _factory.Practice(new PracticeRow(3, "sso-jateng", "SSO Jawa Tengah", "Ringkas", "Isi", _at, "00.01"));

        Assert.Equal(("region:61.72", "/wilayah/61.72", "Kalimantan Barat", "61"), (region.Key, region.Url, region.Summary, region.ProvinceCode));
        Assert.Equal(("practice:3", "/praktik-baik/sso-jateng"), (practice.Key, practice.Url));
        Assert.Null(practice.ProvinceCode);
        Assert.Equal("Kementerian Komunikasi dan Informatika", practice.RegionName);
    }

    [Theory]
    [InlineData("61.72", "61")]
    [InlineData("61", "61")]
    [InlineData("00.01", null)]
    [InlineData("", null)]
    [InlineData(null, null)]
    public void The_province_is_the_first_part_of_the_code_except_for_national_institutions(string? code, string? province)
    {
        Assert.Equal(province, SearchDocumentFactory.ProvinceOf(code));
    }
}
