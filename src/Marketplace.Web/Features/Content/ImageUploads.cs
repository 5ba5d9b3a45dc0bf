using Marketplace.Web.Data;
using Microsoft.Extensions.Options;

namespace Marketplace.Web.Features.Content;

/// <summary>
/// Stores uploaded images under &lt;data&gt;/uploads. The type comes from the bytes, the name is generated,
/// and a file appears under its final name only once it is complete.
/// </summary>
public sealed class ImageUploads(DataFolder data, IOptions<UploadOptions> options, ILogger<ImageUploads> logger)
{
    private const int CopyBufferSize = 81920;

    public string Folder => data.Combine("uploads");

    public long MaxImageBytes => options.Value.MaxImageBytes;

    /// <summary>
    /// Saves <paramref name="content"/> if it is a PNG, JPEG, GIF or WebP image within the size limit.
    /// <paramref name="length"/> is the announced size (for example <c>IFormFile.Length</c>); the bytes actually read are
    /// counted too, so a stream longer than announced is still refused.
    /// </summary>
    public async Task<UploadResult> SaveAsync(Stream content, long length, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(content);
        var max = MaxImageBytes;
        if (length > max)
        {
            return UploadResult.Refused(UploadFailure.TooLarge);
        }

        var header = new byte[ImageType.HeaderLength];
        var headerLength = await content.ReadAtLeastAsync(header, header.Length, throwOnEndOfStream: false, cancellationToken);
        if (headerLength == 0)
        {
            return UploadResult.Refused(UploadFailure.Empty);
        }

        if (ImageType.Sniff(header.AsSpan(0, headerLength)) is not { } type)
        {
            return UploadResult.Refused(UploadFailure.UnsupportedType);
        }

        Directory.CreateDirectory(Folder);
        var storedName = UploadNames.New(type);
        var temporary = Path.Combine(Folder, ".tmp-" + Guid.NewGuid().ToString("N"));
        try
        {
            var written = await CopyAsync(header.AsMemory(0, headerLength), content, temporary, max, cancellationToken);
            if (written > max)
            {
                File.Delete(temporary);
                return UploadResult.Refused(UploadFailure.TooLarge);
            }

            File.Move(temporary, Path.Combine(Folder, storedName));
            logger.LogInformation("Stored upload {StoredName} ({ContentType}, {Length} bytes)", storedName, type.ContentType, written);
            return UploadResult.Stored(storedName, type, written);
        }
        catch
        {
            File.Delete(temporary);
            throw;
        }
    }

    /// <summary>The full path of a stored upload, or null when the name is not one we generate or the file is gone.</summary>
    public string? Find(string? storedName)
    {
        if (!UploadNames.IsValid(storedName))
        {
            return null;
        }

        var path = Path.Combine(Folder, storedName!);
        return File.Exists(path) ? path : null;
    }

    /// <summary>Deletes a stored upload; false when there was nothing to delete or the name is not one we generate.</summary>
    public bool Delete(string storedName)
    {
        if (Find(storedName) is not { } path)
        {
            return false;
        }

        File.Delete(path);
        return true;
    }

    // Stops reading one byte past the limit: enough to know the file is too large without storing all of it.
    private static async Task<long> CopyAsync(ReadOnlyMemory<byte> header, Stream content, string path, long max, CancellationToken cancellationToken)
    {
        await using var file = new FileStream(path, FileMode.CreateNew, FileAccess.Write, FileShare.None, CopyBufferSize, useAsync: true);
        await file.WriteAsync(header, cancellationToken);
        long written = header.Length;
        var buffer = new byte[CopyBufferSize];
        while (written <= max)
        {
            var wanted = (int)Math.Min(buffer.Length, max + 1 - written);
            var read = await content.ReadAsync(buffer.AsMemory(0, wanted), cancellationToken);
            if (read == 0)
            {
                break;
            }

            await file.WriteAsync(buffer.AsMemory(0, read), cancellationToken);
            written += read;
        }

        return written;
    }
}
