using System.Net;
using System.Text.Json;
using Marketplace.IntegrationTests.Fixtures;
using Marketplace.IntegrationTests.Support;

namespace Marketplace.IntegrationTests.Contracts;

public abstract class ApiDocsContract(IHostFixture fixture) : SharedHostTest(fixture)
{
    [Fact]
    public async Task OpenApi_description_is_OpenAPI_3_1_json()
    {
        using var client = Host.CreateClient();
        using var response = await client.GetAsync("/openapi/v1.json");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("application/json", response.Content.Headers.ContentType?.MediaType);
        using var json = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        Assert.StartsWith("3.1", json.RootElement.GetProperty("openapi").GetString());
        Assert.Equal(JsonValueKind.Object, json.RootElement.GetProperty("paths").ValueKind);
    }

    [Fact]
    public async Task Api_reference_page_loads_its_scripts_from_this_site_only()
    {
        using var client = Host.CreateClient();
        var html = await Html.GetPageAsync(client, "/api/docs/");
        var scripts = Html.ScriptSources(html);

        Assert.NotEmpty(scripts);
        Assert.DoesNotContain("https://", html, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("http://", html, StringComparison.OrdinalIgnoreCase);
        foreach (var script in scripts)
        {
            using var response = await client.GetAsync(new Uri(new Uri(Host.BaseAddress, "/api/docs/"), script));
            Assert.True(response.StatusCode == HttpStatusCode.OK, $"{script} answered {(int)response.StatusCode}.");
            Assert.True((await response.Content.ReadAsByteArrayAsync()).Length > 1000, $"{script} is nearly empty.");
        }
    }

    [Fact]
    public async Task Api_reference_script_is_served_at_a_fixed_local_address()
    {
        using var client = Host.CreateClient();
        using var response = await client.GetAsync("/api/docs/scalar.js");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("javascript", response.Content.Headers.ContentType?.MediaType, StringComparison.Ordinal);
    }
}

[Collection(SqliteCollection.Name)]
public sealed class ApiDocsOnSqlite(SqliteHostFixture fixture) : ApiDocsContract(fixture);

[Collection(PostgresCollection.Name)]
public sealed class ApiDocsOnPostgres(PostgresHostFixture fixture) : ApiDocsContract(fixture);
