using Marketplace.Web.Features.Content;

namespace Marketplace.Tests.Content;

public sealed class ImageTypeTests
{
    public static TheoryData<string, string> Images => new()
    {
        { nameof(TestImages.Png), "image/png" },
        { nameof(TestImages.Jpeg), "image/jpeg" },
        { nameof(TestImages.Gif), "image/gif" },
        { nameof(TestImages.WebP), "image/webp" },
        { nameof(TestImages.PngHeaderThenGarbage), "image/png" },
    };

    public static TheoryData<string> NotImages =>
        [nameof(TestImages.ShellScript), nameof(TestImages.HtmlPage), nameof(TestImages.Svg), nameof(TestImages.Pdf)];

    [Theory]
    [MemberData(nameof(Images))]
    public void Accepted_formats_are_recognised_by_their_first_bytes(string image, string contentType) =>
        Assert.Equal(contentType, ImageType.Sniff(Bytes(image))?.ContentType);

    [Theory]
    [MemberData(nameof(NotImages))]
    public void Other_content_is_not_an_image(string file) =>
        Assert.Null(ImageType.Sniff(Bytes(file)));

    [Fact]
    public void A_riff_file_that_is_not_webp_is_refused() =>
        Assert.Null(ImageType.Sniff("RIFF\x1a\0\0\0WAVEfmt "u8));

    [Fact]
    public void A_truncated_signature_is_refused() =>
        Assert.Null(ImageType.Sniff(TestImages.Png().AsSpan(0, 7)));

    internal static byte[] Bytes(string name) =>
        (byte[])typeof(TestImages).GetMethod(name, System.Reflection.BindingFlags.Public | System.Reflection.BindingFlags.Static)!.Invoke(null, null)!;
}
