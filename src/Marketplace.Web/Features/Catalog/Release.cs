namespace Marketplace.Web.Features.Catalog;

/// <summary>A released version of a shared application.</summary>
public sealed class Release
{
    public int Id { get; set; }

    public int AppId { get; set; }

    /// <summary>SemVer 2.0.0 as written ("1.4.0-rc.1"); releases are ordered with <see cref="SemVer"/>, never as text.</summary>
    public required string Version { get; set; }

    public DateOnly Date { get; set; }

    /// <summary>Markdown.</summary>
    public string Notes { get; set; } = "";

    public DateTimeOffset CreatedAt { get; set; }
}

public enum ImageKind
{
    Logo,
    Screenshot,
}

/// <summary>An uploaded logo or screenshot, stored under the data folder with a generated name.</summary>
public sealed class AppImage
{
    public int Id { get; set; }

    public int AppId { get; set; }

    public ImageKind Kind { get; set; }

    /// <summary>Generated file name under &lt;data&gt;/uploads, for example "3f2a...c1.png".</summary>
    public required string StoredName { get; set; }

    /// <summary>Decided from the file's content, never from its name.</summary>
    public required string ContentType { get; set; }

    public long Length { get; set; }

    public string? Caption { get; set; }

    public int Order { get; set; }

    public DateTimeOffset CreatedAt { get; set; }
}
