using System.ComponentModel.DataAnnotations;

namespace Marketplace.Web.Features.Content;

/// <summary>The <c>Uploads</c> configuration section.</summary>
public sealed class UploadOptions
{
    public const string Section = "Uploads";

    /// <summary>Largest accepted image, in bytes; 2 MiB unless configured.</summary>
    [Range(1, 64L * 1024 * 1024)]
    public long MaxImageBytes { get; set; } = 2 * 1024 * 1024;
}
