namespace Marketplace.Web.Features.Content;

/// <summary>Why an upload was refused; pages word it through <see cref="ContentText"/> (key <c>Upload.{reason}</c>).</summary>
public enum UploadFailure
{
    Empty,
    TooLarge,
    UnsupportedType,
}

/// <summary>The outcome of <see cref="ImageUploads.SaveAsync"/>: a stored image, or the reason it was refused.</summary>
public sealed record UploadResult
{
    private UploadResult(string? storedName, ImageType? type, long length, UploadFailure? failure)
    {
        StoredName = storedName;
        Type = type;
        Length = length;
        Failure = failure;
    }

    /// <summary>The generated file name, for example <c>3f2a...c1.png</c>; null when refused.</summary>
    public string? StoredName { get; }

    public ImageType? Type { get; }

    /// <summary>Decided from the content, never from the client's name or header; null when refused.</summary>
    public string? ContentType => Type?.ContentType;

    public long Length { get; }

    public UploadFailure? Failure { get; }

    public bool Succeeded => Failure is null;

    public static UploadResult Stored(string storedName, ImageType type, long length) => new(storedName, type, length, null);

    public static UploadResult Refused(UploadFailure failure) => new(null, null, 0, failure);
}
