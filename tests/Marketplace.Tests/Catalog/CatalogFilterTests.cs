using Marketplace.Web.Features.Catalog;

namespace Marketplace.Tests.Catalog;

public sealed class CatalogFilterTests
{
    [Fact]
    public void Known_values_are_read_in_any_case()
    {
        var filter = CatalogFilter.Parse(new RawCatalogQuery(Class: "khusus", Maturity: "STABLE", Sort: "nama", Category: "HR", Technology: " PHP ", Page: 3, PageSize: 50), out var errors);

        Assert.Empty(errors);
        Assert.Equal((SpbeClass.Khusus, Maturity.Stable, CatalogSort.Name, "hr", "php", 3, 50),
            (filter.Class, filter.Maturity, filter.Sort, filter.Category, filter.Technology, filter.Page, filter.PageSize));
    }

    [Fact]
    public void Unknown_values_are_named_and_left_out()
    {
        var filter = CatalogFilter.Parse(new RawCatalogQuery(Class: "1", Maturity: "matang", Sort: "acak", Page: 0, PageSize: 1000), out var errors);

        Assert.Equal(["class", "maturity", "page", "pageSize", "sort"], errors.Keys.Order());
        Assert.Equal((null, null, CatalogSort.Newest, 1, CatalogFilter.DefaultPageSize), (filter.Class, filter.Maturity, filter.Sort, filter.Page, filter.PageSize));
    }

    [Fact]
    public void Blank_values_mean_no_filter()
    {
        var filter = CatalogFilter.Parse(new RawCatalogQuery(Q: "  ", Province: "", License: null), out var errors);

        Assert.Empty(errors);
        Assert.Equal((null, null, null), (filter.Query, filter.Province, filter.License));
    }
}
