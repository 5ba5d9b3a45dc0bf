using System.Net;
using System.Net.Http.Json;
using System.Text;
using Marketplace.IntegrationTests.Fixtures;
using Marketplace.IntegrationTests.Support;
using Marketplace.Testing;
using Marketplace.Web.Features.Accounts;

namespace Marketplace.IntegrationTests.Catalog;

/// <summary>Writing through the catalog API: the publish form's rules and rights, answered as problem details.</summary>
public abstract class CatalogApiWriteContract(IHostFixture fixture) : SharedHostTest(fixture)
{
    [Fact]
    public async Task A_publisher_creates_updates_and_releases_with_a_token()
    {
        var (_, publisher) = await ApiCalls.PublisherAsync(Host);
        var name = "Surat " + ApiCalls.UniqueWord();

        using var created = await publisher.PostAsJsonAsync("/api/v1/apps", ApiCalls.NewApp(name));
        var slug = (await ApiCalls.JsonAsync(created)).GetProperty("slug").GetString();
        var changed = ApiCalls.NewApp(name);
        changed["summary"] = "Ringkasan baru.";
        changed["maturity"] = "beta";
        using var updated = await publisher.PutAsJsonAsync($"/api/v1/apps/{slug}", changed);
        using var released = await publisher.PostAsJsonAsync($"/api/v1/apps/{slug}/releases", new { version = "2.0.0-rc.1", notes = "Kandidat." });

        Assert.Equal(HttpStatusCode.Created, created.StatusCode);
        Assert.Equal($"/api/v1/apps/{slug}", created.Headers.Location?.OriginalString);
        Assert.Equal(HttpStatusCode.OK, updated.StatusCode);
        var app = await ApiCalls.JsonAsync(updated);
        Assert.Equal(("Ringkasan baru.", "beta", "61.72"), (app.GetProperty("summary").GetString(), app.GetProperty("maturity").GetString(), app.GetProperty("ownerRegion").GetProperty("code").GetString()));
        Assert.Equal(HttpStatusCode.Created, released.StatusCode);
        Assert.Equal("2.0.0-rc.1", (await ApiCalls.JsonAsync(released)).GetProperty("version").GetString());
        var read = await Host.CreateClient().GetFromJsonAsync<System.Text.Json.JsonElement>($"/api/v1/apps/{slug}");
        Assert.Equal("2.0.0-rc.1", read.GetProperty("releases")[0].GetProperty("version").GetString());
    }

    [Fact]
    public async Task Refused_fields_are_named_as_the_body_names_them_in_the_callers_language()
    {
        var (_, publisher) = await ApiCalls.PublisherAsync(Host);
        var app = ApiCalls.NewApp("");
        app["license"] = "MIT OR";
        app["contacts"] = new[] { new { name = "Budi", email = "bukan email" } };

        using var indonesian = await publisher.PostAsJsonAsync("/api/v1/apps", app);
        using var request = new HttpRequestMessage(HttpMethod.Post, "/api/v1/apps") { Content = JsonContent.Create(app) };
        request.Headers.AcceptLanguage.ParseAdd("en");
        using var english = await publisher.SendAsync(request);

        var errors = ApiCalls.Errors(await ApiCalls.ProblemAsync(indonesian, HttpStatusCode.BadRequest));
        Assert.Equal(["contacts[0].email", "license", "name"], errors.Keys.Order(StringComparer.Ordinal));
        Assert.Equal(["Nama aplikasi wajib diisi."], errors["name"]);
        Assert.Contains("bukan ekspresi lisensi SPDX", Assert.Single(errors["license"]), StringComparison.Ordinal);
        Assert.Equal(["Application name is required."], ApiCalls.Errors(await ApiCalls.ProblemAsync(english, HttpStatusCode.BadRequest))["name"]);
    }

    [Fact]
    public async Task A_taken_slug_an_invalid_version_and_a_repeated_version_are_refused_by_field()
    {
        var (_, publisher) = await ApiCalls.PublisherAsync(Host);
        var name = "Kembar " + ApiCalls.UniqueWord();
        var slug = (await ApiCalls.CreateAsync(publisher, ApiCalls.NewApp(name))).GetProperty("slug").GetString();
        using var first = await publisher.PostAsJsonAsync($"/api/v1/apps/{slug}/releases", new { version = "1.0.0" });

        using var twin = await publisher.PostAsJsonAsync("/api/v1/apps", ApiCalls.NewApp(name));
        using var notSemVer = await publisher.PostAsJsonAsync($"/api/v1/apps/{slug}/releases", new { version = "1.0" });
        using var again = await publisher.PostAsJsonAsync($"/api/v1/apps/{slug}/releases", new { version = "1.0.0" });

        Assert.Equal(["slug"], ApiCalls.Errors(await ApiCalls.ProblemAsync(twin, HttpStatusCode.BadRequest)).Keys);
        Assert.Equal(["version"], ApiCalls.Errors(await ApiCalls.ProblemAsync(notSemVer, HttpStatusCode.BadRequest)).Keys);
        Assert.Equal(["version"], ApiCalls.Errors(await ApiCalls.ProblemAsync(again, HttpStatusCode.BadRequest)).Keys);
    }

    [Fact]
    public async Task Another_regions_publisher_gets_403_and_an_unknown_application_404()
    {
        var (_, owner) = await ApiCalls.PublisherAsync(Host);
        var (_, stranger) = await ApiCalls.PublisherAsync(Host, "33.74", Roles.AdminWilayah);
        var app = ApiCalls.NewApp("Milik " + ApiCalls.UniqueWord());
        var slug = (await ApiCalls.CreateAsync(owner, app)).GetProperty("slug").GetString();
        var forOwnersRegion = ApiCalls.NewApp("Titipan " + ApiCalls.UniqueWord());
        forOwnersRegion["ownerRegionCode"] = "61.72";

        using var update = await stranger.PutAsJsonAsync($"/api/v1/apps/{slug}", app);
        using var release = await stranger.PostAsJsonAsync($"/api/v1/apps/{slug}/releases", new { version = "9.9.9" });
        using var create = await stranger.PostAsJsonAsync("/api/v1/apps", forOwnersRegion);
        using var unknown = await owner.PutAsJsonAsync("/api/v1/apps/tidak-ada-aplikasi-ini", app);

        await ApiCalls.ProblemAsync(update, HttpStatusCode.Forbidden);
        await ApiCalls.ProblemAsync(release, HttpStatusCode.Forbidden);
        await ApiCalls.ProblemAsync(create, HttpStatusCode.Forbidden);
        await ApiCalls.ProblemAsync(unknown, HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task A_member_without_publishing_rights_gets_403()
    {
        var member = await TestAccounts.CreateAsync(Host, Roles.Anggota, "61.72");
        using var client = ApiCalls.WithToken(Host, await ApiCalls.TokenAsync(Host, member));

        using var response = await client.PostAsJsonAsync("/api/v1/apps", ApiCalls.NewApp("Anggota " + ApiCalls.UniqueWord()));

        await ApiCalls.ProblemAsync(response, HttpStatusCode.Forbidden);
    }

    [Fact]
    public async Task Writes_without_credentials_answer_401_and_never_redirect_to_the_login_page()
    {
        using var anonymous = Host.CreateClient();

        using var create = await anonymous.PostAsJsonAsync("/api/v1/apps", ApiCalls.NewApp("Tanpa " + ApiCalls.UniqueWord()));
        using var release = await anonymous.PostAsJsonAsync("/api/v1/apps/apa-saja/releases", new { version = "1.0.0" });

        await ApiCalls.ProblemAsync(create, HttpStatusCode.Unauthorized);
        await ApiCalls.ProblemAsync(release, HttpStatusCode.Unauthorized);
        Assert.Null(create.Headers.Location);
    }

    [Fact]
    public async Task Malformed_json_an_unknown_enum_value_and_a_form_body_are_client_errors()
    {
        var (_, publisher) = await ApiCalls.PublisherAsync(Host);
        var app = ApiCalls.NewApp("Rusak " + ApiCalls.UniqueWord());
        app["maturity"] = "legendary";

        using var malformed = await publisher.PostAsync("/api/v1/apps", new StringContent("{\"name\": ", Encoding.UTF8, "application/json"));
        using var unknownEnum = await publisher.PostAsJsonAsync("/api/v1/apps", app);
        using var form = await publisher.PostAsync("/api/v1/apps", new FormUrlEncodedContent([KeyValuePair.Create("name", "Formulir")]));

        await ApiCalls.ProblemAsync(malformed, HttpStatusCode.BadRequest);
        Assert.Equal(["maturity"], ApiCalls.Errors(await ApiCalls.ProblemAsync(unknownEnum, HttpStatusCode.BadRequest)).Keys);
        await ApiCalls.ProblemAsync(form, HttpStatusCode.UnsupportedMediaType);
    }

    [Fact]
    public async Task A_signed_in_publisher_writes_with_the_session_cookie()
    {
        var publisher = await TestAccounts.CreateAsync(Host, Roles.AdminWilayah, "61.72");
        using var browser = Host.CreateClient();
        using var signedIn = await AccountFlows.LoginAsync(browser, publisher.Email!);

        using var created = await browser.PostAsJsonAsync("/api/v1/apps", ApiCalls.NewApp("Sesi " + ApiCalls.UniqueWord()));

        Assert.Equal(HttpStatusCode.Created, created.StatusCode);
    }
}

[Collection(SqliteCollection.Name)]
public sealed class CatalogApiWriteOnSqlite(SqliteHostFixture fixture) : CatalogApiWriteContract(fixture);

[Collection(PostgresCollection.Name)]
public sealed class CatalogApiWriteOnPostgres(PostgresHostFixture fixture) : CatalogApiWriteContract(fixture);
