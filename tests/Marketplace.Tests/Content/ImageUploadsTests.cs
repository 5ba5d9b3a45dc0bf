using Marketplace.Web.Data;
using Marketplace.Web.Features.Content;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;

namespace Marketplace.Tests.Content;

public sealed class ImageUploadsTests : IDisposable
{
    private const long Max = 1024;

    private readonly string _dataPath = Path.Combine(Path.GetTempPath(), "mk-uploads-" + Guid.NewGuid().ToString("N")[..12]);
    private readonly ImageUploads _uploads;

    public ImageUploadsTests()
    {
        Directory.CreateDirectory(_dataPath);
        _uploads = new ImageUploads(new DataFolder(_dataPath), Options.Create(new UploadOptions { MaxImageBytes = Max }), NullLogger<ImageUploads>.Instance);
    }

    public static TheoryData<string, string, string> Images => new()
    {
        { nameof(TestImages.Png), "image/png", ".png" },
        { nameof(TestImages.Jpeg), "image/jpeg", ".jpg" },
        { nameof(TestImages.Gif), "image/gif", ".gif" },
        { nameof(TestImages.WebP), "image/webp", ".webp" },
    };

    public static TheoryData<string> NotImages =>
        [nameof(TestImages.ShellScript), nameof(TestImages.HtmlPage), nameof(TestImages.Svg), nameof(TestImages.Pdf)];

    [Theory]
    [MemberData(nameof(Images))]
    public async Task Images_are_stored_under_a_generated_name_with_the_sniffed_type(string image, string contentType, string extension)
    {
        var bytes = ImageTypeTests.Bytes(image);

        var result = await SaveAsync(bytes);

        Assert.True(result.Succeeded);
        Assert.Equal(contentType, result.ContentType);
        Assert.Equal(bytes.Length, result.Length);
        Assert.Matches(@"^[0-9a-f]{32}\.", result.StoredName);
        Assert.EndsWith(extension, result.StoredName, StringComparison.Ordinal);
        Assert.Equal(bytes, await File.ReadAllBytesAsync(Path.Combine(_dataPath, "uploads", result.StoredName!)));
    }

    [Theory]
    [MemberData(nameof(NotImages))]
    public async Task Content_that_is_not_an_accepted_image_is_refused_whatever_its_name(string file)
    {
        var result = await SaveAsync(ImageTypeTests.Bytes(file));

        Assert.Equal(UploadFailure.UnsupportedType, result.Failure);
        Assert.Null(result.StoredName);
        Assert.Empty(StoredFiles());
    }

    [Fact]
    public async Task A_png_signature_is_enough_to_be_stored_as_png()
    {
        var result = await SaveAsync(TestImages.PngHeaderThenGarbage());

        Assert.Equal("image/png", result.ContentType);
    }

    [Fact]
    public async Task An_empty_file_is_refused()
    {
        var result = await SaveAsync([]);

        Assert.Equal(UploadFailure.Empty, result.Failure);
        Assert.Empty(StoredFiles());
    }

    [Fact]
    public async Task A_file_of_exactly_the_limit_is_stored()
    {
        var result = await SaveAsync(PngOfLength(Max));

        Assert.True(result.Succeeded);
        Assert.Equal(Max, new FileInfo(Path.Combine(_dataPath, "uploads", result.StoredName!)).Length);
    }

    [Fact]
    public async Task A_file_one_byte_over_the_limit_is_refused()
    {
        var result = await SaveAsync(PngOfLength(Max + 1));

        Assert.Equal(UploadFailure.TooLarge, result.Failure);
        Assert.Empty(StoredFiles());
    }

    [Fact]
    public async Task A_stream_longer_than_announced_is_refused_and_leaves_nothing_behind()
    {
        using var content = new MemoryStream(PngOfLength(Max + 1));

        var result = await _uploads.SaveAsync(content, length: 100, CancellationToken.None);

        Assert.Equal(UploadFailure.TooLarge, result.Failure);
        Assert.Empty(StoredFiles());
    }

    [Fact]
    public async Task Delete_removes_a_stored_image()
    {
        var stored = await SaveAsync(TestImages.Gif());

        Assert.True(_uploads.Delete(stored.StoredName!));
        Assert.Empty(StoredFiles());
        Assert.False(_uploads.Delete(stored.StoredName!));
    }

    [Theory]
    [InlineData("../marketplace.db")]
    [InlineData("marketplace.db")]
    public void Delete_touches_nothing_but_generated_names(string name)
    {
        var outside = Path.Combine(_dataPath, "marketplace.db");
        File.WriteAllText(outside, "database");
        Directory.CreateDirectory(Path.Combine(_dataPath, "uploads"));
        File.Copy(outside, Path.Combine(_dataPath, "uploads", "marketplace.db"));

        Assert.False(_uploads.Delete(name));
        Assert.True(File.Exists(outside));
        Assert.True(File.Exists(Path.Combine(_dataPath, "uploads", "marketplace.db")));
    }

    public void Dispose() => Directory.Delete(_dataPath, recursive: true);

    private async Task<UploadResult> SaveAsync(byte[] bytes)
    {
        using var content = new MemoryStream(bytes);
        return await _uploads.SaveAsync(content, bytes.Length, CancellationToken.None);
    }

    private string[] StoredFiles()
    {
        var folder = Path.Combine(_dataPath, "uploads");
        return Directory.Exists(folder) ? Directory.GetFiles(folder) : [];
    }

    private static byte[] PngOfLength(long length)
    {
        var bytes = new byte[length];
        TestImages.Png().AsSpan(0, 8).CopyTo(bytes);
        return bytes;
    }
}
