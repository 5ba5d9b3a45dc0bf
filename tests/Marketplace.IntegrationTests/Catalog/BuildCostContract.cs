using System.Net;
using System.Net.Http.Json;
using Marketplace.IntegrationTests.Fixtures;
using Marketplace.IntegrationTests.Support;
using Marketplace.Testing;
using Marketplace.Web.Features.Accounts;
using Marketplace.Web.Features.Catalog;

namespace Marketplace.IntegrationTests.Catalog;

/// <summary>The build cost an owner states (it feeds the savings estimate): the form, the API and the application page.</summary>
public abstract class BuildCostContract(IHostFixture fixture) : SharedHostTest(fixture)
{
    [Fact]
    public async Task A_cost_typed_with_thousands_dots_is_saved_and_shown_in_rupiah()
    {
        var client = await SignedInAsync();
        var name = CatalogFlows.UniqueName("Biaya");

        using var published = await AccountFlows.SubmitPageAsync(client, "/katalog/terbitkan", [.. CatalogFlows.AppForm(name), ("Input.BuildCost", "Rp 1.250.000.000")]);

        Assert.Equal(HttpStatusCode.Redirect, published.StatusCode);
        var slug = Slugs.From(name);
        Assert.Contains("Rp 1.250.000.000", await Html.GetPageAsync(Host.CreateClient(), $"/katalog/{slug}"), StringComparison.Ordinal);
        Assert.Contains("Rp 1,250,000,000", await Html.GetPageAsync(Host.CreateClient(), $"/katalog/{slug}", acceptLanguage: "en"), StringComparison.Ordinal);
        var json = await Host.CreateClient().GetFromJsonAsync<System.Text.Json.JsonElement>($"/api/v1/apps/{slug}");
        Assert.Equal(1_250_000_000L, json.GetProperty("buildCost").GetInt64());
        Assert.Contains("value=\"1250000000\"", await Html.GetPageAsync(client, $"/katalog/{slug}/ubah"), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Without_a_cost_the_page_shows_no_cost_and_the_api_null()
    {
        var client = await SignedInAsync();
        var name = CatalogFlows.UniqueName("TanpaBiaya");
        await CatalogFlows.PublishAsync(client, name);

        var page = await Html.GetPageAsync(Host.CreateClient(), $"/katalog/{Slugs.From(name)}");
        var json = await Host.CreateClient().GetFromJsonAsync<System.Text.Json.JsonElement>($"/api/v1/apps/{Slugs.From(name)}");

        Assert.DoesNotContain("Biaya pembangunan", page, StringComparison.Ordinal);
        Assert.Equal(System.Text.Json.JsonValueKind.Null, json.GetProperty("buildCost").ValueKind);
    }

    [Theory]
    [InlineData("-1", "Isi biaya pembangunan dalam rupiah, dari 0 sampai 10.000.000.000.000.")]
    [InlineData("10000000000001", "Isi biaya pembangunan dalam rupiah, dari 0 sampai 10.000.000.000.000.")]
    [InlineData("satu miliar", "Tulis biaya pembangunan sebagai bilangan bulat rupiah, misalnya 1250000000 atau 1.250.000.000.")]
    [InlineData("1250000000.00", "Tulis biaya pembangunan sebagai bilangan bulat rupiah, misalnya 1250000000 atau 1.250.000.000.")]
    public async Task A_bad_cost_on_the_form_is_named_beside_the_field_and_nothing_is_saved(string typed, string message)
    {
        var client = await SignedInAsync();
        var name = CatalogFlows.UniqueName("BiayaSalah");

        using var response = await AccountFlows.SubmitPageAsync(client, "/katalog/terbitkan", [.. CatalogFlows.AppForm(name), ("Input.BuildCost", typed)]);

        var html = await response.Content.ReadAsStringAsync();
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal([message], AccountFlows.Errors(html));
        Assert.Contains("aria-invalid=\"true\"", html, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.NotFound, (await Host.CreateClient().GetAsync($"/katalog/{Slugs.From(name)}")).StatusCode);
    }

    [Fact]
    public async Task The_api_refuses_a_negative_a_too_large_and_a_non_numeric_cost_by_field()
    {
        var (_, publisher) = await ApiCalls.PublisherAsync(Host);
        async Task<Dictionary<string, string[]>> RefusedAsync(object? cost, string language)
        {
            var app = ApiCalls.NewApp("Biaya " + ApiCalls.UniqueWord());
            app["buildCost"] = cost;
            using var request = new HttpRequestMessage(HttpMethod.Post, "/api/v1/apps") { Content = JsonContent.Create(app) };
            request.Headers.AcceptLanguage.ParseAdd(language);
            using var response = await publisher.SendAsync(request);
            return ApiCalls.Errors(await ApiCalls.ProblemAsync(response, HttpStatusCode.BadRequest));
        }

        Assert.Equal(["Enter the build cost in rupiah, from 0 to 10,000,000,000,000."], (await RefusedAsync(-1, "en"))["buildCost"]);
        Assert.Equal(["Isi biaya pembangunan dalam rupiah, dari 0 sampai 10.000.000.000.000."], (await RefusedAsync(10_000_000_000_001, "id"))["buildCost"]);
        Assert.Equal(["buildCost"], (await RefusedAsync("satu miliar", "en")).Keys);
        Assert.Equal(["buildCost"], (await RefusedAsync(1.5, "en")).Keys);
    }

    [Fact]
    public async Task The_api_saves_a_cost_and_a_later_update_can_clear_it()
    {
        var (_, publisher) = await ApiCalls.PublisherAsync(Host);
        var app = ApiCalls.NewApp("Biaya " + ApiCalls.UniqueWord());
        app["buildCost"] = 0;
        var created = await ApiCalls.CreateAsync(publisher, app);
        var slug = created.GetProperty("slug").GetString();
        app["buildCost"] = null;

        using var updated = await publisher.PutAsJsonAsync($"/api/v1/apps/{slug}", app);

        Assert.Equal(0, created.GetProperty("buildCost").GetInt64());
        Assert.Equal(System.Text.Json.JsonValueKind.Null, (await ApiCalls.JsonAsync(updated)).GetProperty("buildCost").ValueKind);
    }

    private async Task<HttpClient> SignedInAsync()
    {
        var user = await TestAccounts.CreateAsync(Host, Roles.Penerbit, "33.74");
        var client = Host.CreateClient();
        using var response = await AccountFlows.LoginAsync(client, user.Email!);
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        return client;
    }
}

[Collection(SqliteCollection.Name)]
public sealed class BuildCostOnSqlite(SqliteHostFixture fixture) : BuildCostContract(fixture);

[Collection(PostgresCollection.Name)]
public sealed class BuildCostOnPostgres(PostgresHostFixture fixture) : BuildCostContract(fixture);
