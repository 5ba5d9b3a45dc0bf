namespace Marketplace.Web.Features.Content;

/// <summary>The raster formats the site accepts, recognised by their first bytes. SVG is not one: it can carry script.</summary>
public sealed class ImageType
{
    public static readonly ImageType Png = new("image/png", "png");
    public static readonly ImageType Jpeg = new("image/jpeg", "jpg");
    public static readonly ImageType Gif = new("image/gif", "gif");
    public static readonly ImageType WebP = new("image/webp", "webp");

    public static readonly IReadOnlyList<ImageType> All = [Png, Jpeg, Gif, WebP];

    /// <summary>How many leading bytes <see cref="Sniff"/> needs to tell every accepted format apart.</summary>
    public const int HeaderLength = 12;

    private ImageType(string contentType, string extension)
    {
        ContentType = contentType;
        Extension = extension;
    }

    public string ContentType { get; }

    public string Extension { get; }

    /// <summary>The format announced by the file's magic bytes, or null for anything else.</summary>
    public static ImageType? Sniff(ReadOnlySpan<byte> header)
    {
        if (header.StartsWith((ReadOnlySpan<byte>)[0x89, (byte)'P', (byte)'N', (byte)'G', 0x0D, 0x0A, 0x1A, 0x0A]))
        {
            return Png;
        }

        if (header.StartsWith((ReadOnlySpan<byte>)[0xFF, 0xD8, 0xFF]))
        {
            return Jpeg;
        }

        if (header.StartsWith("GIF87a"u8) || header.StartsWith("GIF89a"u8))
        {
            return Gif;
        }

        if (header.Length >= 12 && header.StartsWith("RIFF"u8) && header[8..12].SequenceEqual("WEBP"u8))
        {
            return WebP;
        }

        return null;
    }

    public override string ToString() => ContentType;
}
