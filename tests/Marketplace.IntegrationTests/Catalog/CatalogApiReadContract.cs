using System.Net;
using System.Net.Http.Json;
using Marketplace.IntegrationTests.Fixtures;

namespace Marketplace.IntegrationTests.Catalog;

/// <summary>Reading the catalog API: filters, paging and totals, one application, drafts, refusals named by parameter.</summary>
public abstract class CatalogApiReadContract(IHostFixture fixture) : SharedHostTest(fixture)
{
    [Fact]
    public async Task The_list_filters_pages_and_counts_published_applications()
    {
        var (_, publisher) = await ApiCalls.PublisherAsync(Host);
        var word = ApiCalls.UniqueWord();
        await ApiCalls.CreateAsync(publisher, ApiCalls.NewApp($"Arsip {word} A"));
        await ApiCalls.CreateAsync(publisher, ApiCalls.NewApp($"Buku {word} B", maturity: "beta"));
        await ApiCalls.CreateAsync(publisher, ApiCalls.NewApp($"Cuti {word} C"));
        await ApiCalls.CreateAsync(publisher, ApiCalls.NewApp($"Draf {word} D", publish: false));
        using var anonymous = Host.CreateClient();

        var first = await anonymous.GetFromJsonAsync<AppList>($"/api/v1/apps?q={word}&sort=name&pageSize=2");
        var second = await anonymous.GetFromJsonAsync<AppList>($"/api/v1/apps?q={word}&sort=name&pageSize=2&page=2");
        var stable = await anonymous.GetFromJsonAsync<AppList>($"/api/v1/apps?q={word}&maturity=STABLE&province=61&technology=php&category=workflow-management");
        var elsewhere = await anonymous.GetFromJsonAsync<AppList>($"/api/v1/apps?q={word}&region=33.74");

        Assert.Equal((3, 1, 2), (first!.Total, first.Page, first.PageSize));
        Assert.Equal([$"Arsip {word} A", $"Buku {word} B"], first.Items.Select(i => i.Name));
        Assert.Equal([$"Cuti {word} C"], second!.Items.Select(i => i.Name));
        Assert.Equal(2, stable!.Total);
        Assert.All(stable.Items, i => Assert.Equal("stable", i.Maturity));
        Assert.Equal(0, elsewhere!.Total);
        var item = first.Items[0];
        Assert.Equal(new Region("61.72", "Kota Singkawang"), item.OwnerRegion);
        Assert.Equal(("umum", "AGPL-3.0-or-later", "none", 0), (item.SpbeClass, item.License, item.Curation, item.AdoptionCount));
        Assert.NotNull(item.PublishedAt);
        Assert.Null(item.LatestVersion);
    }

    [Fact]
    public async Task The_list_shows_the_highest_version_by_semver()
    {
        var (_, publisher) = await ApiCalls.PublisherAsync(Host);
        var word = ApiCalls.UniqueWord();
        var slug = (await ApiCalls.CreateAsync(publisher, ApiCalls.NewApp($"Versi {word}"))).GetProperty("slug").GetString();
        foreach (var version in new[] { "1.9.0", "1.10.0", "1.10.0-rc.1" })
        {
            using var added = await publisher.PostAsJsonAsync($"/api/v1/apps/{slug}/releases", new { version });
            Assert.Equal(HttpStatusCode.Created, added.StatusCode);
        }

        var list = await Host.CreateClient().GetFromJsonAsync<AppList>($"/api/v1/apps?q={word}");

        Assert.Equal("1.10.0", Assert.Single(list!.Items).LatestVersion);
    }

    [Theory]
    [InlineData("?maturity=ancient", "maturity")]
    [InlineData("?class=x&sort=oldest", "class,sort")]
    [InlineData("?pageSize=1000", "pageSize")]
    [InlineData("?page=0&pageSize=abc", "page,pageSize")]
    public async Task Unusable_parameters_are_each_named_in_a_validation_problem(string query, string names)
    {
        using var client = Host.CreateClient();

        using var response = await client.GetAsync("/api/v1/apps" + query);

        var problem = await ApiCalls.ProblemAsync(response, HttpStatusCode.BadRequest);
        Assert.Equal(names.Split(','), ApiCalls.Errors(problem).Keys.Order(StringComparer.Ordinal));
    }

    [Fact]
    public async Task One_application_comes_whole_with_its_releases_newest_first()
    {
        var (_, publisher) = await ApiCalls.PublisherAsync(Host);
        var slug = (await ApiCalls.CreateAsync(publisher, ApiCalls.NewApp("Satu " + ApiCalls.UniqueWord()))).GetProperty("slug").GetString();
        using (var older = await publisher.PostAsJsonAsync($"/api/v1/apps/{slug}/releases", new { version = "1.2.0", date = "2025-01-10", notes = "Perbaikan." }))
        using (var newer = await publisher.PostAsJsonAsync($"/api/v1/apps/{slug}/releases", new { version = "1.10.0", date = "2025-06-01" }))
        {
            Assert.Equal(HttpStatusCode.Created, newer.StatusCode);
        }

        var app = await Host.CreateClient().GetFromJsonAsync<AppDetail>($"/api/v1/apps/{slug}");

        Assert.Equal(("published", "stable", "internal", "standalone/web"), (app!.Status, app.Maturity, app.MaintenanceType, app.SoftwareType));
        Assert.Equal(["document-management", "workflow-management"], app.Categories);
        Assert.Equal(["php", "postgresql"], app.Technology);
        Assert.Equal(["web"], app.Platforms);
        Assert.Equal((2, 4), (app.Requirements.CpuCores, app.Requirements.RamGb));
        Assert.Equal("budi@singkawangkota.go.id", Assert.Single(app.Contacts).Email);
        Assert.Equal(["1.10.0", "1.2.0"], app.Releases.Select(r => r.Version));
        Assert.Equal(("2025-01-10", "Perbaikan."), (app.Releases[1].Date, app.Releases[1].Notes));
    }

    [Fact]
    public async Task A_draft_is_404_for_visitors_and_other_regions_but_shown_to_its_publisher()
    {
        var (_, publisher) = await ApiCalls.PublisherAsync(Host);
        var (_, stranger) = await ApiCalls.PublisherAsync(Host, "33.74");
        var slug = (await ApiCalls.CreateAsync(publisher, ApiCalls.NewApp("Draf " + ApiCalls.UniqueWord(), publish: false))).GetProperty("slug").GetString();
        using var anonymous = Host.CreateClient();

        using var hidden = await anonymous.GetAsync($"/api/v1/apps/{slug}");
        using var hiddenFromStranger = await stranger.GetAsync($"/api/v1/apps/{slug}");
        using var unknown = await anonymous.GetAsync("/api/v1/apps/tidak-ada-aplikasi-ini");
        using var shown = await publisher.GetAsync($"/api/v1/apps/{slug}");

        await ApiCalls.ProblemAsync(hidden, HttpStatusCode.NotFound);
        await ApiCalls.ProblemAsync(hiddenFromStranger, HttpStatusCode.NotFound);
        await ApiCalls.ProblemAsync(unknown, HttpStatusCode.NotFound);
        Assert.Equal(HttpStatusCode.OK, shown.StatusCode);
        Assert.Equal("draft", (await ApiCalls.JsonAsync(shown)).GetProperty("status").GetString());
    }

    private sealed record AppList(int Total, int Page, int PageSize, List<AppItem> Items);

    private sealed record Region(string Code, string Name);

    private sealed record AppItem(string Slug, string Name, Region OwnerRegion, string SpbeClass, string Maturity, string License, string Curation, int AdoptionCount, DateTimeOffset? PublishedAt, string? LatestVersion);

    private sealed record AppDetail(
        string Status, string Maturity, string MaintenanceType, string SoftwareType, List<string> Categories, List<string> Technology, List<string> Platforms,
        Needs Requirements, List<Contact> Contacts, List<ReleaseItem> Releases);

    private sealed record Needs(int? CpuCores, int? RamGb);

    private sealed record Contact(string Name, string? Email);

    private sealed record ReleaseItem(string Version, string Date, string Notes);
}

[Collection(SqliteCollection.Name)]
public sealed class CatalogApiReadOnSqlite(SqliteHostFixture fixture) : CatalogApiReadContract(fixture);

[Collection(PostgresCollection.Name)]
public sealed class CatalogApiReadOnPostgres(PostgresHostFixture fixture) : CatalogApiReadContract(fixture);
