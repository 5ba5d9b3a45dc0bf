namespace Marketplace.Web.Features.Catalog.PublicCode;

/// <summary>Recognises image files by their first bytes, never by their names.</summary>
internal static class ImageFiles
{
    public static readonly IReadOnlySet<string> LogoExtensions = new HashSet<string> { ".svg", ".svgz", ".png" };

    public static readonly IReadOnlySet<string> ScreenshotExtensions = new HashSet<string> { ".png", ".jpg", ".jpeg", ".svg", ".svgz" };

    private static readonly byte[] _png = [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A];

    /// <summary>Whether the content matches the extension: PNG and JPEG signatures, gzip for SVGZ, an svg element for SVG.</summary>
    public static bool Matches(string path, string extension)
    {
        var head = new byte[512];
        int read;
        using (var stream = File.OpenRead(path))
        {
            read = stream.ReadAtLeast(head, head.Length, throwOnEndOfStream: false);
        }

        var bytes = head.AsSpan(0, read);
        return extension switch
        {
            ".png" => bytes.StartsWith(_png),
            ".jpg" or ".jpeg" => bytes.StartsWith((byte[])[0xFF, 0xD8, 0xFF]),
            ".svgz" => bytes.StartsWith((byte[])[0x1F, 0x8B]),
            ".svg" => System.Text.Encoding.UTF8.GetString(bytes).Contains("<svg", StringComparison.OrdinalIgnoreCase),
            _ => false,
        };
    }
}
