using System.Net;
using System.Text;
using System.Text.Json;
using Marketplace.IntegrationTests.Fixtures;
using Marketplace.IntegrationTests.Support;
using Marketplace.Testing;
using Marketplace.Web.Features.Accounts;
using Marketplace.Web.Features.Catalog;
using Microsoft.EntityFrameworkCore;

namespace Marketplace.IntegrationTests.Catalog;

/// <summary>publiccode.yml over HTTP: the validate endpoint, the import page and the export endpoint.</summary>
public abstract class PublicCodeContract(IHostFixture fixture) : SharedHostTest(fixture)
{
    private static string Yaml(string name, string license = "AGPL-3.0-or-later") => PublicCodeSample.Yaml(name, license);

    private static string NewName() => "Aplikasi Uji " + Guid.NewGuid().ToString("N")[..8];

    [Fact]
    public async Task Validate_accepts_a_good_file()
    {
        var (status, json) = await ValidateAsync(Yaml(NewName()));

        Assert.Equal(HttpStatusCode.OK, status);
        Assert.True(json!.RootElement.GetProperty("valid").GetBoolean());
        Assert.Equal(0, json.RootElement.GetProperty("errors").GetArrayLength());
    }

    [Fact]
    public async Task Validate_reports_a_bad_license_with_its_key_line_and_column()
    {
        var (status, json) = await ValidateAsync(Yaml(NewName(), license: "MIT OR"), "application/yaml");

        Assert.Equal(HttpStatusCode.OK, status);
        Assert.False(json!.RootElement.GetProperty("valid").GetBoolean());
        var error = Assert.Single(json.RootElement.GetProperty("errors").EnumerateArray());
        Assert.Equal(("legal.license", 20, 3), (error.GetProperty("key").GetString(), error.GetProperty("line").GetInt32(), error.GetProperty("column").GetInt32()));
        Assert.Contains("SPDX", error.GetProperty("message").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Validate_reports_malformed_yaml_with_line_and_column()
    {
        var (status, json) = await ValidateAsync("name: Medusa\nurl: [unclosed\n", "text/plain");

        Assert.Equal(HttpStatusCode.OK, status);
        var error = Assert.Single(json!.RootElement.GetProperty("errors").EnumerateArray());
        Assert.Equal("", error.GetProperty("key").GetString());
        Assert.True(error.GetProperty("line").GetInt32() > 0);
        Assert.True(error.GetProperty("column").GetInt32() > 0);
    }

    [Theory]
    [InlineData("", "text/yaml", HttpStatusCode.BadRequest)]
    [InlineData("  \n", "text/yaml", HttpStatusCode.BadRequest)]
    [InlineData("name: x", "application/json", HttpStatusCode.UnsupportedMediaType)]
    public async Task Validate_answers_problem_details_for_unusable_bodies(string body, string contentType, HttpStatusCode expected)
    {
        var (status, _) = await ValidateAsync(body, contentType, expectProblem: true);

        Assert.Equal(expected, status);
    }

    [Fact]
    public async Task Validate_refuses_a_body_over_one_mebibyte()
    {
        var (status, _) = await ValidateAsync("# " + new string('a', 1024 * 1024), expectProblem: true);

        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, status);
    }

    [Fact]
    public async Task A_region_admin_imports_a_draft_that_only_their_region_can_export()
    {
        var admin = await SignInAsync(Roles.AdminWilayah, "61.72");
        var name = NewName();

        using var response = await AccountFlows.SubmitPageAsync(admin, "/katalog/impor", ("Yaml", Yaml(name)));

        var slug = name.ToLowerInvariant().Replace(' ', '-');
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal($"/katalog/{slug}", response.Headers.Location?.OriginalString);
        var app = await Host.QueryAsync(db => db.Apps.Include(a => a.Tags).SingleAsync(a => a.Slug == slug));
        Assert.Equal((AppStatus.Draft, "61.72", "61", "AGPL-3.0-or-later"), (app.Status, app.OwnerRegionCode, app.OwnerProvinceCode, app.License));
        Assert.Contains(app.Tags, t => t is { Kind: TagKind.Category, Value: "document-management" });

        using var anonymous = Host.CreateClient();
        using var hidden = await anonymous.GetAsync($"/api/v1/apps/{slug}/publiccode.yml");
        Assert.Equal(HttpStatusCode.NotFound, hidden.StatusCode);
        Assert.Equal("application/problem+json", hidden.Content.Headers.ContentType?.MediaType);

        using var export = await admin.GetAsync($"/api/v1/apps/{slug}/publiccode.yml");
        Assert.Equal(HttpStatusCode.OK, export.StatusCode);
        Assert.Equal("application/yaml; charset=utf-8", export.Content.Headers.ContentType?.ToString());
        var yaml = await export.Content.ReadAsStringAsync();
        Assert.Contains($"name: {name}", yaml, StringComparison.Ordinal);
        var (_, check) = await ValidateAsync(yaml);
        Assert.True(check!.RootElement.GetProperty("valid").GetBoolean(), yaml);
    }

    [Fact]
    public async Task Importing_a_slug_owned_by_another_region_is_refused_with_a_message()
    {
        var name = NewName();
        var owner = await SignInAsync(Roles.AdminWilayah, "61.72");
        using var created = await AccountFlows.SubmitPageAsync(owner, "/katalog/impor", ("Yaml", Yaml(name)));
        Assert.Equal(HttpStatusCode.Redirect, created.StatusCode);

        var other = await SignInAsync(Roles.AdminWilayah, "33.74");
        using var refused = await AccountFlows.SubmitPageAsync(other, "/katalog/impor", ("Yaml", Yaml(name)));

        Assert.Equal(HttpStatusCode.OK, refused.StatusCode);
        var slug = name.ToLowerInvariant().Replace(' ', '-');
        Assert.Contains($"Slug \"{slug}\" sudah dipakai aplikasi milik wilayah lain; ubah nama aplikasi.", AccountFlows.Errors(await refused.Content.ReadAsStringAsync()));
        Assert.Equal("61.72", await Host.QueryAsync(db => db.Apps.Where(a => a.Slug == slug).Select(a => a.OwnerRegionCode).SingleAsync()));
    }

    [Fact]
    public async Task An_invalid_file_is_not_imported_and_the_page_shows_the_report_in_Indonesian()
    {
        var admin = await SignInAsync(Roles.AdminWilayah, "61.72");
        var name = NewName();

        using var response = await AccountFlows.SubmitPageAsync(admin, "/katalog/impor", ("Yaml", Yaml(name, license: "Foo-1.0")));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var html = WebUtility.HtmlDecode(await response.Content.ReadAsStringAsync());
        Assert.Contains("legal.license", html, StringComparison.Ordinal);
        Assert.Contains("baris 20, kolom 3", html, StringComparison.Ordinal);
        Assert.Contains("20 | </span>  license: Foo-1.0", html, StringComparison.Ordinal);
        Assert.False(await Host.QueryAsync(db => db.Apps.AnyAsync(a => a.Name == name)));
    }

    [Fact]
    public async Task The_validation_page_works_without_an_account()
    {
        using var client = Host.CreateClient();

        using var response = await AccountFlows.SubmitPageAsync(client, "/katalog/validasi", ("Yaml", "name: [unclosed\n"));

        var html = await response.Content.ReadAsStringAsync();
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("role=\"alert\"", html, StringComparison.Ordinal);
        Assert.Contains("YAML tidak sah", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_plain_member_may_not_import()
    {
        var member = await SignInAsync(Roles.Anggota, "61.72");

        using var page = await member.GetAsync("/katalog/impor");

        Assert.Equal(HttpStatusCode.Redirect, page.StatusCode);
        Assert.StartsWith("/akun/ditolak", page.Headers.Location?.PathAndQuery ?? page.Headers.Location?.OriginalString, StringComparison.Ordinal);
        using var denied = await member.GetAsync(page.Headers.Location);
        Assert.Equal(HttpStatusCode.Forbidden, denied.StatusCode);
    }

    private async Task<HttpClient> SignInAsync(string role, string region)
    {
        var account = await TestAccounts.CreateAsync(Host, role, region);
        var client = Host.CreateClient();
        using var login = await AccountFlows.LoginAsync(client, account.Email!);
        Assert.Equal(HttpStatusCode.Redirect, login.StatusCode);
        return client;
    }

    private async Task<(HttpStatusCode Status, JsonDocument? Json)> ValidateAsync(string body, string contentType = "text/yaml", bool expectProblem = false)
    {
        using var client = Host.CreateClient();
        using var content = new StringContent(body, Encoding.UTF8, contentType);
        using var response = await client.PostAsync("/api/v1/publiccode/validate", content);
        var expectedType = expectProblem ? "application/problem+json" : "application/json";
        Assert.Equal(expectedType, response.Content.Headers.ContentType?.MediaType);
        return (response.StatusCode, expectProblem ? null : JsonDocument.Parse(await response.Content.ReadAsStringAsync()));
    }
}

[Collection(SqliteCollection.Name)]
public sealed class PublicCodeOnSqlite(SqliteHostFixture fixture) : PublicCodeContract(fixture);

[Collection(PostgresCollection.Name)]
public sealed class PublicCodeOnPostgres(PostgresHostFixture fixture) : PublicCodeContract(fixture);
