using System.Net;
using System.Text.Json;
using Marketplace.IntegrationTests.Fixtures;
using Marketplace.IntegrationTests.Support;

namespace Marketplace.IntegrationTests.Contracts;

public abstract class SitePagesContract(IHostFixture fixture) : SharedHostTest(fixture)
{
    [Fact]
    public async Task Home_page_counts_provinces_and_regencies_from_the_database()
    {
        using var client = Host.CreateClient();

        var html = await Html.GetPageAsync(client, "/");

        Assert.Contains("<strong>38</strong>", html, StringComparison.Ordinal);
        Assert.Contains("<strong>514</strong>", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Unknown_page_answers_404_with_an_Indonesian_page()
    {
        using var client = Host.CreateClient();

        var html = await Html.GetPageAsync(client, "/halaman-yang-tidak-ada", HttpStatusCode.NotFound);

        Assert.Equal("id", Html.Lang(html));
        Assert.Contains("Halaman tidak ditemukan", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Unknown_page_answers_404_in_English_for_an_English_browser()
    {
        using var client = Host.CreateClient();

        var html = await Html.GetPageAsync(client, "/halaman-yang-tidak-ada", HttpStatusCode.NotFound, acceptLanguage: "en");

        Assert.Contains("Page not found", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Unknown_api_path_answers_404_problem_details()
    {
        using var client = Host.CreateClient();

        using var response = await client.GetAsync("/api/v1/tidak-ada");

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        using var json = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        Assert.Equal(404, json.RootElement.GetProperty("status").GetInt32());
    }

    [Fact]
    public async Task Status_page_is_not_reachable_directly()
    {
        using var client = Host.CreateClient();

        var html = await Html.GetPageAsync(client, "/status/500", HttpStatusCode.NotFound);

        Assert.Contains("Halaman tidak ditemukan", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task About_page_credits_the_region_data_and_its_license()
    {
        using var client = Host.CreateClient();

        var html = await Html.GetPageAsync(client, "/tentang");

        Assert.Contains("idn-area-data", html, StringComparison.Ordinal);
        Assert.Contains("Open Database License (ODbL) 1.0", html, StringComparison.Ordinal);
        Assert.Contains("href=\"https://opendatacommons.org/licenses/odbl/1-0/\"", html, StringComparison.Ordinal);
    }
}

[Collection(SqliteCollection.Name)]
public sealed class SitePagesOnSqlite(SqliteHostFixture fixture) : SitePagesContract(fixture);

[Collection(PostgresCollection.Name)]
public sealed class SitePagesOnPostgres(PostgresHostFixture fixture) : SitePagesContract(fixture);
