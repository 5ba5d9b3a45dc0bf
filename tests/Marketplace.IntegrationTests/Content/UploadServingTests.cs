using System.Net;
using System.Net.Sockets;
using System.Text;
using Marketplace.IntegrationTests.Fixtures;
using Marketplace.Web.Features.Content;
using Microsoft.Extensions.DependencyInjection;

namespace Marketplace.IntegrationTests.Content;

[Collection(SqliteCollection.Name)]
public sealed class UploadServingTests(SqliteHostFixture fixture) : SharedHostTest(fixture)
{
    private ImageUploads Uploads => Host.Services.GetRequiredService<ImageUploads>();

    [Fact]
    public async Task A_stored_image_is_served_inline_with_its_sniffed_type_and_no_sniffing()
    {
        var png = Png1x1;
        var stored = await SaveAsync(png);
        try
        {
            using var client = Host.CreateClient();
            using var response = await client.GetAsync(UploadNames.Url(stored));

            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
            Assert.Equal(png, await response.Content.ReadAsByteArrayAsync());
            Assert.Equal("image/png", response.Content.Headers.ContentType?.ToString());
            Assert.Equal("nosniff", Assert.Single(response.Headers.GetValues("X-Content-Type-Options")));
            Assert.Equal("inline", response.Content.Headers.ContentDisposition?.ToString());
            var cache = response.Headers.CacheControl;
            Assert.NotNull(cache);
            Assert.True(cache.Public);
            Assert.Equal(TimeSpan.FromDays(365), cache.MaxAge);
            Assert.Contains("immutable", cache.Extensions.Select(e => e.Name));
        }
        finally
        {
            Uploads.Delete(stored);
        }
    }

    [Fact]
    public async Task A_gif_is_served_as_a_gif()
    {
        var stored = await SaveAsync([.. "GIF89a"u8, 1, 0, 1, 0, 0, 0, 0, 0x2C, 0, 0, 0, 0, 1, 0, 1, 0, 0, 2, 2, 0x44, 0x01, 0, 0x3B]);
        try
        {
            using var client = Host.CreateClient();
            using var response = await client.GetAsync(UploadNames.Url(stored));

            Assert.Equal("image/gif", response.Content.Headers.ContentType?.ToString());
        }
        finally
        {
            Uploads.Delete(stored);
        }
    }

    [Fact]
    public async Task A_deleted_image_is_gone()
    {
        var stored = await SaveAsync(Png1x1);
        Assert.True(Uploads.Delete(stored));

        using var client = Host.CreateClient();
        using var response = await client.GetAsync(UploadNames.Url(stored));

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }

    [Theory]
    [InlineData("/unggahan/0123456789abcdef0123456789abcdef.png")]
    [InlineData("/unggahan/../appsettings.json")]
    [InlineData("/unggahan/..%2Fappsettings.json")]
    [InlineData("/unggahan/%2E%2E%2F%2E%2E%2Fappsettings.json")]
    [InlineData("/unggahan/..%2Fmarketplace.db")]
    [InlineData("/unggahan/..%5Cmarketplace.db")]
    [InlineData("/unggahan/marketplace.db")]
    [InlineData("/unggahan/0123456789ABCDEF0123456789ABCDEF.png")]
    [InlineData("/unggahan/0123456789abcdef0123456789abcdef.svg")]
    [InlineData("/unggahan/0123456789abcdef0123456789abcdef.png.html")]
    [InlineData("/unggahan/%2Fetc%2Fpasswd")]
    [InlineData("/unggahan/")]
    public async Task Unknown_and_malformed_names_answer_404(string rawPath)
    {
        // Sent as written: HttpClient would resolve "../" itself before the server could see it.
        var status = await RawGetStatusAsync(rawPath);

        Assert.Equal(HttpStatusCode.NotFound, status);
    }

    [Theory]
    [InlineData("logo.png")]
    [InlineData("halaman.html")]
    public async Task A_file_in_the_uploads_folder_under_a_name_we_did_not_generate_is_not_served(string name)
    {
        Directory.CreateDirectory(Uploads.Folder);
        var path = Path.Combine(Uploads.Folder, name);
        await File.WriteAllBytesAsync(path, Png1x1);
        try
        {
            Assert.Equal(HttpStatusCode.NotFound, await RawGetStatusAsync("/unggahan/" + name));
        }
        finally
        {
            File.Delete(path);
        }
    }

    [Fact]
    public async Task The_file_name_the_client_chose_is_not_needed_to_serve_and_is_never_sent()
    {
        var stored = await SaveAsync(Png1x1);
        try
        {
            using var client = Host.CreateClient();
            using var response = await client.GetAsync(UploadNames.Url(stored));

            Assert.Null(response.Content.Headers.ContentDisposition?.FileName);
            Assert.Null(response.Content.Headers.ContentDisposition?.FileNameStar);
        }
        finally
        {
            Uploads.Delete(stored);
        }
    }

    private static byte[] Png1x1 => Convert.FromBase64String(
        "iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAAAAAA6fptVAAAACklEQVR4nGP4DwABAQEAsTj2FAAAAABJRU5ErkJggg==");

    private async Task<string> SaveAsync(byte[] bytes)
    {
        using var content = new MemoryStream(bytes);
        var result = await Uploads.SaveAsync(content, bytes.Length, CancellationToken.None);
        Assert.True(result.Succeeded, $"Refused: {result.Failure}");
        return result.StoredName!;
    }

    private async Task<HttpStatusCode> RawGetStatusAsync(string rawPath)
    {
        using var tcp = new TcpClient();
        await tcp.ConnectAsync(Host.BaseAddress.Host, Host.BaseAddress.Port);
        await using var stream = tcp.GetStream();
        await stream.WriteAsync(Encoding.ASCII.GetBytes($"GET {rawPath} HTTP/1.1\r\nHost: localhost\r\nConnection: close\r\n\r\n"));
        using var reader = new StreamReader(stream, Encoding.ASCII);
        var statusLine = await reader.ReadLineAsync() ?? "";
        return (HttpStatusCode)int.Parse(statusLine.Split(' ')[1], System.Globalization.CultureInfo.InvariantCulture);
    }
}
