using System.Net;
using System.Net.Http.Json;
using Marketplace.IntegrationTests.Catalog;
using Marketplace.IntegrationTests.Fixtures;
using Marketplace.IntegrationTests.Support;
using Marketplace.Testing;
using Marketplace.Web.Features.Accounts;
using Marketplace.Web.Features.Catalog;
using Microsoft.EntityFrameworkCore;

namespace Marketplace.IntegrationTests.Search;

/// <summary>"Aplikasi serupa": the application page's panel, the publish form's check, and the two endpoints.</summary>
public abstract class SimilarAppsContract(IHostFixture fixture) : SharedHostTest(fixture)
{
    [Fact]
    public async Task The_endpoint_lists_similar_apps_with_owner_and_adopters_but_not_the_app_itself()
    {
        var (parking, other, _) = await TwoParkingAppsAsync();
        using var client = Host.CreateClient();

        var answer = await client.GetFromJsonAsync<SimilarApps>($"/api/v1/apps/{parking.Slug}/similar");

        Assert.DoesNotContain(answer!.Apps, a => a.Slug == parking.Slug);
        var found = Assert.Single(answer.Apps, a => a.Slug == other.Slug);
        Assert.Equal(other.Name, found.Name);
        Assert.Equal($"/katalog/{other.Slug}", found.Url);
        Assert.Equal(new Region("61.72", "Kota Singkawang"), found.OwnerRegion);
        Assert.Equal([new Region("16.71", "Kota Palembang")], found.Adopters);
    }

    [Fact]
    public async Task Unknown_and_invisible_apps_answer_404_problem()
    {
        var (_, owner) = await ApiCalls.PublisherAsync(Host, "33.74");
        var draft = await ApiCalls.CreateAsync(owner, ApiCalls.NewApp("Draf " + ApiCalls.UniqueWord(), publish: false));
        using var client = Host.CreateClient();

        using var unknown = await client.GetAsync("/api/v1/apps/tidak-ada-aplikasi-ini/similar");
        using var hidden = await client.GetAsync($"/api/v1/apps/{draft.GetProperty("slug").GetString()}/similar");

        await ApiCalls.ProblemAsync(unknown, HttpStatusCode.NotFound);
        await ApiCalls.ProblemAsync(hidden, HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task A_draft_described_but_not_saved_is_compared_with_the_catalog()
    {
        var (parking, _, word) = await TwoParkingAppsAsync();
        using var client = Host.CreateClient();
        var before = await Host.QueryAsync(db => db.Apps.CountAsync());

        using var response = await client.PostAsJsonAsync("/api/v1/apps/similar", new
        {
            name = "Parkir daring",
            summary = "Pembayaran retribusi parkir tanpa uang tunai",
            description = $"Juru parkir mencatat karcis elektronik {word} di tepi jalan, rekap harian untuk dinas perhubungan.",
        });

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var answer = await response.Content.ReadFromJsonAsync<SimilarApps>();
        Assert.Contains(answer!.Apps, a => a.Slug == parking.Slug && a.OwnerRegion == new Region("33.74", "Kota Semarang"));
        Assert.Equal(before, await Host.QueryAsync(db => db.Apps.CountAsync()));
    }

    [Theory]
    [InlineData("{}", "name")]
    [InlineData("""{ "name": " ", "summary": "", "description": null }""", "name")]
    [InlineData("""{ "summary": "SUMMARY" }""", "summary")]
    [InlineData("""{ "name": "NAME" }""", "name")]
    [InlineData("""{ "name": 5 }""", "name")]
    public async Task A_bad_draft_answers_400_naming_the_field(string body, string field)
    {
        body = body.Replace("SUMMARY", new string('x', 151), StringComparison.Ordinal).Replace("NAME", new string('x', 201), StringComparison.Ordinal);
        using var client = Host.CreateClient();

        using var response = await client.PostAsync("/api/v1/apps/similar", new StringContent(body, System.Text.Encoding.UTF8, "application/json"));

        var problem = await ApiCalls.ProblemAsync(response, HttpStatusCode.BadRequest);
        Assert.Equal([field], ApiCalls.Errors(problem).Keys);
    }

    [Fact]
    public async Task A_form_post_instead_of_json_answers_415()
    {
        using var client = Host.CreateClient();

        using var response = await client.PostAsync("/api/v1/apps/similar", new FormUrlEncodedContent([KeyValuePair.Create("name", "Parkir")]));

        await ApiCalls.ProblemAsync(response, HttpStatusCode.UnsupportedMediaType);
    }

    [Fact]
    public async Task The_application_page_shows_its_similar_apps()
    {
        var (parking, other, _) = await TwoParkingAppsAsync();

        var html = await Html.GetPageAsync(Host.CreateClient(), $"/katalog/{parking.Slug}");

        var panel = html[html.IndexOf("<section class=\"similar-apps\"", StringComparison.Ordinal)..];
        panel = panel[..panel.IndexOf("</section>", StringComparison.Ordinal)];
        Assert.Contains("Aplikasi serupa", panel, StringComparison.Ordinal);
        Assert.Contains($"<a href=\"/katalog/{other.Slug}\" class=\"similar-name\">", panel, StringComparison.Ordinal);
        Assert.Contains("<a href=\"/wilayah/16.71\">Kota Palembang</a>", panel, StringComparison.Ordinal);
        Assert.DoesNotContain($"href=\"/katalog/{parking.Slug}\"", panel, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Without_javascript_the_check_button_reshows_the_form_as_typed_with_the_list_and_saves_nothing()
    {
        var (parking, _, word) = await TwoParkingAppsAsync();
        var (client, _) = await AdoptionArrangements.SignedInAsync(Host, Roles.Penerbit, "16.71");
        var name = "Parkir Palembang " + word;
        (string, string)[] form =
        [
            .. CatalogFlows.AppForm(name).Where(f => f.Name is not ("Input.Summary" or "Input.Description" or "Input.Publish")),
            ("Input.Summary", "Retribusi parkir tepi jalan non tunai"),
            ("Input.Description", $"Karcis elektronik {word} untuk juru parkir, rekap harian."),
        ];

        var token = await Forms.GetAntiforgeryAsync(client, "/katalog/terbitkan");
        using var response = await Forms.PostAsync(client, "/katalog/terbitkan?handler=similar", [.. form, ("__RequestVerificationToken", token)]);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var html = await response.Content.ReadAsStringAsync();
        Assert.Contains($"value=\"{name}\"", html, StringComparison.Ordinal);
        Assert.Contains($"Karcis elektronik {word}", html, StringComparison.Ordinal);
        Assert.Contains($"<a href=\"/katalog/{parking.Slug}\" class=\"similar-name\">{parking.Name}</a>", html, StringComparison.Ordinal);
        Assert.Empty(AccountFlows.Errors(html));
        Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync($"/katalog/{Slugs.From(name)}")).StatusCode);
    }

    [Fact]
    public async Task The_check_button_refuses_a_post_without_antiforgery_token()
    {
        var (client, _) = await AdoptionArrangements.SignedInAsync(Host, Roles.Penerbit, "16.71");

        using var response = await Forms.PostAsync(client, "/katalog/terbitkan?handler=similar", ("Input.Name", "Parkir"));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
    }

    /// <summary>
    /// Two parking applications written through the API (Semarang's, and Singkawang's which Palembang runs), in the
    /// index; both carry a word of this test, so the shared host's other applications never outrank them.
    /// </summary>
    private async Task<(App Parking, App Other, string Word)> TwoParkingAppsAsync()
    {
        var word = SearchFlows.UniqueWord();
        var (_, semarang) = await ApiCalls.PublisherAsync(Host, "33.74");
        var (_, singkawang) = await ApiCalls.PublisherAsync(Host, "61.72", Roles.AdminWilayah);
        var parking = await ApiCalls.CreateAsync(semarang, Parking($"Sistem Parkir Elektronik {word}", "Retribusi parkir tepi jalan dengan karcis elektronik",
            $"Juru parkir mencatat karcis elektronik {word} di tepi jalan. Rekap harian retribusi parkir untuk dinas perhubungan."));
        var other = await ApiCalls.CreateAsync(singkawang, Parking($"e-Parkir {word}", "Karcis parkir elektronik dan rekap retribusi harian",
            $"Retribusi parkir tepi jalan {word} dengan karcis elektronik, setoran juru parkir, dan rekap harian dinas perhubungan."));
        var apps = new[] { parking, other }.Select(a => new App(a.GetProperty("slug").GetString()!, a.GetProperty("name").GetString()!)).ToArray();

        var ownerAdmin = await TestAccounts.CreateAsync(Host, Roles.AdminWilayah, "61.72");
        var adopter = await TestAccounts.CreateAsync(Host, Roles.AdminWilayah, "16.71");
        await AdoptionArrangements.AdoptAsync(Host, apps[1].Slug, adopter, ownerAdmin);

        await SearchFlows.CaughtUpAsync(Host);

        return (apps[0], apps[1], word);
    }

    private static Dictionary<string, object?> Parking(string name, string summary, string description)
    {
        var app = ApiCalls.NewApp(name);
        app["summary"] = summary;
        app["description"] = description;
        app["categories"] = "transportation, payment";
        return app;
    }

    private sealed record App(string Slug, string Name);

    private sealed record Region(string Code, string Name);

    private sealed record SimilarApp(string Slug, string Name, string Url, Region? OwnerRegion, IReadOnlyList<Region> Adopters);

    private sealed record SimilarApps(IReadOnlyList<SimilarApp> Apps);
}

[Collection(SqliteCollection.Name)]
public sealed class SimilarAppsOnSqlite(SqliteHostFixture fixture) : SimilarAppsContract(fixture);

[Collection(PostgresCollection.Name)]
public sealed class SimilarAppsOnPostgres(PostgresHostFixture fixture) : SimilarAppsContract(fixture);
