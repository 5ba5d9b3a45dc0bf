using System.Net;
using Marketplace.IntegrationTests.Catalog;
using Marketplace.IntegrationTests.Fixtures;
using Marketplace.IntegrationTests.Support;
using Marketplace.Testing;
using Marketplace.Web.Features.Accounts;
using static Marketplace.IntegrationTests.Search.SearchFlows;

namespace Marketplace.IntegrationTests.Search;

/// <summary>GET /api/v1/search: its answer's shape, filters and counts, permissions by cookie or token, and every refusal.</summary>
public abstract class SearchApiContract(IHostFixture fixture) : SharedHostTest(fixture)
{
    [Fact]
    public async Task The_answer_has_total_time_hits_with_region_and_snippet_and_facets()
    {
        var word = UniqueWord();
        var (_, semarang) = await ApiCalls.PublisherAsync(Host, "33.74");
        var app = await ApiCalls.CreateAsync(semarang, ApiCalls.NewApp($"Aplikasi {word}"));
        var curator = await ForumFlows.CuratorAsync(Host);
        await ForumFlows.StartThreadAsync(curator, "umum", $"Topik {word} nasional", $"Tentang {word} untuk semua daerah.");
        await CaughtUpAsync(Host);
        using var client = Host.CreateClient();

        var answer = await ApiAsync(client, $"q={word}");
        var province = await ApiAsync(client, $"q={word}&province=33&type=app");

        Assert.Equal(2, answer.GetProperty("total").GetInt32());
        Assert.True(answer.GetProperty("tookMs").GetDouble() >= 0);
        Assert.True(answer.TryGetProperty("suggestion", out _));
        var hit = answer.GetProperty("hits").EnumerateArray().Single(h => h.GetProperty("type").GetString() == "app");
        var slug = app.GetProperty("slug").GetString();
        Assert.Equal($"/katalog/{slug}", hit.GetProperty("url").GetString());
        Assert.False(string.IsNullOrEmpty(hit.GetProperty("id").GetString()));
        Assert.Contains($"<mark>{word}</mark>", hit.GetProperty("snippet").GetString(), StringComparison.Ordinal);
        Assert.Equal("33.74", hit.GetProperty("region").GetProperty("code").GetString());
        Assert.Equal("Kota Semarang", hit.GetProperty("region").GetProperty("name").GetString());
        var national = answer.GetProperty("hits").EnumerateArray().Single(h => h.GetProperty("type").GetString() == "thread");
        Assert.Equal("00.01", national.GetProperty("region").GetProperty("code").GetString());
        Assert.Equal(1, FacetCount(answer, "type", "app"));
        Assert.Equal(1, FacetCount(answer, "type", "thread"));
        Assert.Equal(1, FacetCount(answer, "province", "33"));
        Assert.Equal([$"Aplikasi {word}"], HitTitles(province));
    }

    [Theory]
    [InlineData("type=kucing", "type")]
    [InlineData("page=0", "page")]
    [InlineData("page=-5", "page")]
    [InlineData("page=99999999", "page")]
    [InlineData("page=abc", "page")]
    [InlineData("pageSize=0", "pageSize")]
    [InlineData("pageSize=51", "pageSize")]
    [InlineData("province=99", "province")]
    [InlineData("province=33.74", "province")]
    [InlineData("region=99.99", "region")]
    [InlineData("maturity=matang", "maturity")]
    [InlineData("sort=acak", "sort")]
    public async Task A_bad_parameter_answers_400_problem_naming_it(string parameter, string name)
    {
        using var client = Host.CreateClient();

        using var response = await client.GetAsync($"/api/v1/search?q=layanan&{parameter}");

        var problem = await ApiCalls.ProblemAsync(response, HttpStatusCode.BadRequest);
        Assert.Equal([name], ApiCalls.Errors(problem).Keys);
    }

    [Fact]
    public async Task A_five_thousand_character_query_answers_400_naming_q()
    {
        using var client = Host.CreateClient();

        using var response = await client.GetAsync("/api/v1/search?q=" + new string('a', 5000));

        var problem = await ApiCalls.ProblemAsync(response, HttpStatusCode.BadRequest);
        Assert.Contains("longer than 500 characters", ApiCalls.Errors(problem)["q"][0], StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_regions_draft_is_found_with_its_publishers_token_and_not_with_a_plain_members_or_none()
    {
        var word = UniqueWord();
        var (_, publisher) = await ApiCalls.PublisherAsync(Host, "61.72");
        await ApiCalls.CreateAsync(publisher, ApiCalls.NewApp($"Draf {word}", publish: false));
        var member = await TestAccounts.CreateAsync(Host, Roles.Anggota, "61.72");
        using var withToken = ApiCalls.WithToken(Host, await ApiCalls.TokenAsync(Host, member));
        await CaughtUpAsync(Host);

        Assert.Equal(1, (await ApiAsync(publisher, $"q={word}")).GetProperty("total").GetInt32());
        Assert.Equal(0, (await ApiAsync(withToken, $"q={word}")).GetProperty("total").GetInt32());
        Assert.Equal(0, (await ApiAsync(Host.CreateClient(), $"q={word}")).GetProperty("total").GetInt32());
    }

    [Fact]
    public async Task A_refused_token_answers_401_even_though_search_is_public()
    {
        using var client = ApiCalls.WithToken(Host, "fk_tidakberlaku");

        using var response = await client.GetAsync("/api/v1/search?q=layanan");

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
    }

    [Fact]
    public async Task The_search_is_described_in_openapi()
    {
        using var client = Host.CreateClient();

        using var json = System.Text.Json.JsonDocument.Parse(await client.GetStringAsync("/openapi/v1.json"));

        var operations = json.RootElement.GetProperty("paths").EnumerateObject()
            .SelectMany(p => p.Value.EnumerateObject().Where(o => o.Value.ValueKind == System.Text.Json.JsonValueKind.Object).Select(o => (Path: p.Name, Id: o.Value.TryGetProperty("operationId", out var id) ? id.GetString() : null)))
            .ToList();
        Assert.Contains(("/api/v1/search", "Search"), operations);
        Assert.Contains(("/api/v1/apps/{slug}/similar", "GetSimilarApps"), operations);
        Assert.Contains(("/api/v1/apps/similar", "FindSimilarApps"), operations);
    }
}

[Collection(SqliteCollection.Name)]
public sealed class SearchApiOnSqlite(SqliteHostFixture fixture) : SearchApiContract(fixture);

[Collection(PostgresCollection.Name)]
public sealed class SearchApiOnPostgres(PostgresHostFixture fixture) : SearchApiContract(fixture);
