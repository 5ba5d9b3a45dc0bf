using System.Net;
using System.Text.Json;
using Marketplace.IntegrationTests.Fixtures;
using Marketplace.IntegrationTests.Support;

namespace Marketplace.IntegrationTests.Contracts;

/// <summary>The regions API and pages (built on the regions branch): every region by Kemendagri code.</summary>
public abstract class RegionsApiContract(IHostFixture fixture) : SharedHostTest(fixture)
{
    [Fact]
    public async Task Regions_api_lists_38_provinces()
    {
        var provinces = await GetRegionsAsync("/api/v1/regions?kind=province");

        Assert.Equal(38, provinces.Count);
        Assert.All(provinces, p => Assert.Equal(("province", null), (p.Kind, p.ParentCode)));
    }

    [Fact]
    public async Task Regions_api_lists_514_regencies_and_cities_of_which_98_are_cities()
    {
        var all = await GetRegionsAsync("/api/v1/regions");
        var cities = await GetRegionsAsync("/api/v1/regions?kind=city");

        Assert.Equal(514, all.Count(r => r.Kind is "regency" or "city"));
        Assert.Equal(98, cities.Count);
        Assert.All(cities, c => Assert.StartsWith("Kota ", c.Name, StringComparison.Ordinal));
        Assert.Equal(["city", "national", "province", "regency"], all.Select(r => r.Kind).Distinct().Order());
        Assert.Equal(all.Count, all.Select(r => r.Code).Distinct().Count());
    }

    [Fact]
    public async Task Regions_api_filters_by_parent()
    {
        var centralJava = await GetRegionsAsync("/api/v1/regions?parent=33");

        Assert.Equal(35, centralJava.Count);
        Assert.All(centralJava, r => Assert.Equal("33", r.ParentCode));
        Assert.Contains(centralJava, r => r.Code == "33.74" && r.Name == "Kota Semarang");
    }

    [Fact]
    public async Task Regions_api_answers_one_region_by_code()
    {
        using var client = Host.CreateClient();
        using var response = await client.GetAsync("/api/v1/regions/61.72");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var region = ApiRegion.From(JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement);
        Assert.Equal(new ApiRegion("61.72", "Kota Singkawang", "city", "61"), region);
    }

    [Theory]
    [InlineData("/api/v1/regions/99.99", HttpStatusCode.NotFound)]
    [InlineData("/api/v1/regions?kind=planet", HttpStatusCode.BadRequest)]
    public async Task Regions_api_answers_problem_details_for_bad_requests(string url, HttpStatusCode expected)
    {
        using var client = Host.CreateClient();
        using var response = await client.GetAsync(url);

        Assert.Equal(expected, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
    }

    [Fact]
    public async Task Region_page_shows_the_region()
    {
        using var client = Host.CreateClient();

        var html = await Html.GetPageAsync(client, "/wilayah/61.72");

        Assert.Contains("Kota Singkawang", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Regions_page_lists_the_provinces()
    {
        using var client = Host.CreateClient();

        var html = await Html.GetPageAsync(client, "/wilayah");

        Assert.Contains("Kalimantan Barat", html, StringComparison.OrdinalIgnoreCase);
        Assert.Contains("Jawa Tengah", html, StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public async Task Unknown_region_page_answers_404()
    {
        using var client = Host.CreateClient();

        var html = await Html.GetPageAsync(client, "/wilayah/99.99", HttpStatusCode.NotFound);

        Assert.Contains("Halaman tidak ditemukan", html, StringComparison.Ordinal);
    }

    private async Task<IReadOnlyList<ApiRegion>> GetRegionsAsync(string url)
    {
        using var client = Host.CreateClient();
        using var response = await client.GetAsync(url);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("application/json", response.Content.Headers.ContentType?.MediaType);
        using var json = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        return json.RootElement.EnumerateArray().Select(ApiRegion.From).ToList();
    }

    private sealed record ApiRegion(string Code, string Name, string Kind, string? ParentCode)
    {
        public static ApiRegion From(JsonElement e) => new(
            e.GetProperty("code").GetString()!,
            e.GetProperty("name").GetString()!,
            e.GetProperty("kind").GetString()!,
            e.TryGetProperty("parentCode", out var parent) ? parent.GetString() : null);
    }
}

[Collection(SqliteCollection.Name)]
public sealed class RegionsApiOnSqlite(SqliteHostFixture fixture) : RegionsApiContract(fixture);

[Collection(PostgresCollection.Name)]
public sealed class RegionsApiOnPostgres(PostgresHostFixture fixture) : RegionsApiContract(fixture);
