using Marketplace.Web.Features.Search;
using static Marketplace.Tests.Search.TempSearchIndex;

namespace Marketplace.Tests.Search;

public sealed class SearchPermissionTests : IDisposable
{
    private readonly TempSearchIndex _temp = new();

    public SearchPermissionTests() =>
        _temp.AddAsync(
            App("public", "Parkir umum"),
            Doc(SearchType.Thread, "members", "Parkir untuk anggota", "Diskusi pokja", access: SearchAccess.Members),
            App("draft-semarang", "Parkir draf Semarang", region: "33.74", access: SearchAccess.Region("33.74")),
            App("draft-palembang", "Parkir draf Palembang", region: "16.71", access: SearchAccess.Region("16.71"))).GetAwaiter().GetResult();

    public void Dispose() => _temp.Dispose();

    [Fact]
    public void Anonymous_sees_only_public_entries() =>
        Assert.Equal(["public"], Ids(SearchViewer.Anonymous));

    [Fact]
    public void A_signed_in_member_also_sees_members_only_entries_and_the_drafts_of_their_own_region() =>
        Assert.Equal(["draft-semarang", "members", "public"], Ids(new SearchViewer(true, "33.74", false)));

    [Fact]
    public void A_signed_in_member_without_a_region_sees_no_drafts() =>
        Assert.Equal(["members", "public"], Ids(new SearchViewer(true, null, false)));

    [Fact]
    public void A_region_code_without_signing_in_opens_nothing() =>
        Assert.Equal(["public"], Ids(new SearchViewer(false, "33.74", false)));

    [Fact]
    public void Kurator_and_Administrator_see_every_region() =>
        Assert.Equal(["draft-palembang", "draft-semarang", "members", "public"], Ids(new SearchViewer(true, "00.01", true)));

    [Fact]
    public void Browsing_without_text_keeps_the_same_permissions() =>
        Assert.Equal(1, _temp.Index.Search(new SearchRequest { Text = "" }).Total);

    [Fact]
    public void Facet_counts_never_count_what_the_viewer_may_not_see()
    {
        var facets = _temp.Index.Search(new SearchRequest { Text = "parkir" }).Facets;

        Assert.Equal([new FacetCount("app", 1)], facets[SearchFacets.Type]);
    }

    private string[] Ids(SearchViewer viewer) =>
        [.. _temp.Index.Search(new SearchRequest { Text = "parkir", Viewer = viewer }).Hits.Select(h => h.Id).Order(StringComparer.Ordinal)];
}
