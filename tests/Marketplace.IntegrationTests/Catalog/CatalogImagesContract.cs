using System.Net;
using System.Net.Http.Headers;
using System.Text.RegularExpressions;
using Marketplace.IntegrationTests.Fixtures;
using Marketplace.IntegrationTests.Support;
using Marketplace.Testing;
using Marketplace.Web.Features.Accounts;
using Marketplace.Web.Features.Catalog;

namespace Marketplace.IntegrationTests.Catalog;

public abstract partial class CatalogImagesContract(IHostFixture fixture) : SharedHostTest(fixture)
{
    // The PNG signature and an IHDR chunk header: what decides the type is the content, whatever the name says.
    private static readonly byte[] Png = [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 0x0D, 0x49, 0x48, 0x44, 0x52, 0, 0, 0, 1, 0, 0, 0, 1, 8, 2, 0, 0, 0];

    [Fact]
    public async Task A_logo_is_stored_under_a_generated_name_and_served_as_png_with_nosniff()
    {
        var (client, slug) = await PublishedAsync();

        using var uploaded = await UploadAsync(client, slug, "Logo", Png, "logo kota.png");

        Assert.Equal(HttpStatusCode.Redirect, uploaded.StatusCode);
        var page = await Html.GetPageAsync(Host.CreateClient(), $"/katalog/{slug}");
        var src = ImagePattern().Match(page).Groups["src"].Value;
        Assert.Matches("^/unggahan/[0-9a-f]{32}\\.png$", src);
        using var image = await Host.CreateClient().GetAsync(src);
        Assert.Equal("image/png", image.Content.Headers.ContentType?.MediaType);
        Assert.Equal("nosniff", image.Headers.GetValues("X-Content-Type-Options").Single());
        Assert.Equal(Png, await image.Content.ReadAsByteArrayAsync());
    }

    [Fact]
    public async Task A_script_named_png_is_refused_in_Indonesian_and_nothing_is_stored()
    {
        var (client, slug) = await PublishedAsync();

        using var response = await UploadAsync(client, slug, "Screenshot", "#!/bin/sh\nrm -rf /\n"u8.ToArray(), "tangkapan.png");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("Berkas ini bukan gambar PNG, JPEG, GIF, atau WebP.", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.DoesNotContain("/unggahan/", await Html.GetPageAsync(Host.CreateClient(), $"/katalog/{slug}"), StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_empty_file_is_refused()
    {
        var (client, slug) = await PublishedAsync();

        using var response = await UploadAsync(client, slug, "Logo", [], "kosong.png");

        Assert.Contains("Berkas kosong.", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Another_region_cannot_upload()
    {
        var (_, slug) = await PublishedAsync();
        var stranger = await TestAccounts.CreateAsync(Host, Roles.AdminWilayah, "16.71");
        using var client = Host.CreateClient();
        await AccountFlows.LoginAsync(client, stranger.Email!);

        using var response = await UploadAsync(client, slug, "Logo", Png, "logo.png", tokenPage: "/");

        Assert.Equal("/akun/ditolak", response.Headers.Location?.AbsolutePath);
    }

    private async Task<(HttpClient Client, string Slug)> PublishedAsync()
    {
        var publisher = await TestAccounts.CreateAsync(Host, Roles.Penerbit, "33.74");
        var client = Host.CreateClient();
        await AccountFlows.LoginAsync(client, publisher.Email!);
        var name = CatalogFlows.UniqueName("Gambar");
        using var published = await CatalogFlows.PublishAsync(client, name);
        return (client, Slugs.From(name));
    }

    private static async Task<HttpResponseMessage> UploadAsync(HttpClient client, string slug, string kind, byte[] bytes, string fileName, string? tokenPage = null)
    {
        var token = await Forms.GetAntiforgeryAsync(client, tokenPage ?? $"/katalog/{slug}/gambar");
        using var form = new MultipartFormDataContent
        {
            { new StringContent(token), "__RequestVerificationToken" },
            { new StringContent(kind), "kind" },
        };
        var file = new ByteArrayContent(bytes);
        file.Headers.ContentType = new MediaTypeHeaderValue("image/png");
        form.Add(file, "file", fileName);
        return await client.PostAsync($"/katalog/{slug}/gambar", form);
    }

    [GeneratedRegex("""<img class="app-logo" src="(?<src>[^"]+)" """)]
    private static partial Regex ImagePattern();
}

[Collection(SqliteCollection.Name)]
public sealed class CatalogImagesOnSqlite(SqliteHostFixture fixture) : CatalogImagesContract(fixture);

[Collection(PostgresCollection.Name)]
public sealed class CatalogImagesOnPostgres(PostgresHostFixture fixture) : CatalogImagesContract(fixture);
