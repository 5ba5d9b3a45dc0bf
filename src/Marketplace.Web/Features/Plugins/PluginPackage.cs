namespace Marketplace.Web.Features.Plugins;

public enum PackageState
{
    /// <summary>Uploaded and checked, waiting for a Kurator.</summary>
    Pending,
    Approved,
    Rejected,
}

/// <summary>A module package attached to a catalog release: the checked zip, its manifest and the review.</summary>
public sealed class PluginPackage
{
    public int Id { get; set; }

    public int AppId { get; set; }

    public int ReleaseId { get; set; }

    /// <summary>The manifest's id; one application has one module id across its versions.</summary>
    public required string ModuleId { get; set; }

    public required string Name { get; set; }

    public required string Version { get; set; }

    public required string HostApiRange { get; set; }

    public required string EntryAssembly { get; set; }

    public string? EntryType { get; set; }

    public List<string> Permissions { get; set; } = [];

    /// <summary>Lower-case hex SHA-256 of the zip as uploaded; approval pins it and every load checks it again.</summary>
    public required string Sha256 { get; set; }

    /// <summary>The hash a Kurator approved; null until then.</summary>
    public string? ApprovedSha256 { get; set; }

    public long CompressedBytes { get; set; }

    public long ExpandedBytes { get; set; }

    public int EntryCount { get; set; }

    public PackageState State { get; set; }

    public string? ReviewReason { get; set; }

    public string? ReviewedBy { get; set; }

    public DateTimeOffset? ReviewedAt { get; set; }

    public required string UploadedBy { get; set; }

    public DateTimeOffset UploadedAt { get; set; }
}

/// <summary>A module a region has turned on (or off): which package version runs for it.</summary>
public sealed class RegionModule
{
    public int Id { get; set; }

    public required string RegionCode { get; set; }

    public int AppId { get; set; }

    public int PackageId { get; set; }

    public bool Enabled { get; set; }

    public required string ChangedBy { get; set; }

    public DateTimeOffset ChangedAt { get; set; }
}

/// <summary>One entry of a module's storage for one region (<see cref="Marketplace.Abstractions.IModuleStorage"/>).</summary>
public sealed class ModuleRecord
{
    public long Id { get; set; }

    public required string ModuleId { get; set; }

    public required string RegionCode { get; set; }

    public required string Key { get; set; }

    public required string Value { get; set; }

    public DateTimeOffset UpdatedAt { get; set; }
}
