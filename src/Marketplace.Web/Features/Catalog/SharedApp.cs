namespace Marketplace.Web.Features.Catalog;

/// <summary>
/// An application a region built and shares for free reuse. Its fields map onto publiccode.yml; what the
/// standard has and the platform does not model is kept verbatim in <see cref="PublicCodeExtra"/>, so import and
/// export are lossless. SPBE fields the standard has no key for stay in the platform.
/// </summary>
public sealed class SharedApp
{
    public int Id { get; set; }

    /// <summary>Lower-case letters, digits and single hyphens; unique; the address /katalog/{slug}.</summary>
    public required string Slug { get; set; }

    public required string Name { get; set; }

    /// <summary>One or two sentences (publiccode description.*.shortDescription, at most 150 characters).</summary>
    public string Summary { get; set; } = "";

    /// <summary>Markdown (publiccode description.*.longDescription).</summary>
    public string Description { get; set; } = "";

    public required string OwnerRegionCode { get; set; }

    /// <summary>The owner's province (the owner itself when it is a province); kept for the province filter.</summary>
    public string? OwnerProvinceCode { get; set; }

    public SpbeClass SpbeClass { get; set; }

    /// <summary>SPBE service domain, for example "Layanan Publik" or "Administrasi Pemerintahan".</summary>
    public string? ServiceDomain { get; set; }

    /// <summary>SPDX license expression, for example "AGPL-3.0-or-later" or "MIT OR Apache-2.0".</summary>
    public string License { get; set; } = "";

    /// <summary>Source repository (publiccode url).</summary>
    public string? RepositoryUrl { get; set; }

    public string? LandingUrl { get; set; }

    public Maturity Maturity { get; set; } = Maturity.Development;

    /// <summary>publiccode softwareType, for example "standalone/web".</summary>
    public string SoftwareType { get; set; } = "standalone/web";

    /// <summary>Programming languages, for example "PHP" or "Java".</summary>
    public List<string> Languages { get; set; } = [];

    public string? DatabaseTech { get; set; }

    public string? OperatingSystem { get; set; }

    public InfrastructureNeeds Requirements { get; set; } = new();

    public MaintenanceType MaintenanceType { get; set; } = MaintenanceType.Internal;

    public List<MaintenanceContact> Contacts { get; set; } = [];

    public AppStatus Status { get; set; } = AppStatus.Draft;

    public CurationState Curation { get; set; } = CurationState.None;

    /// <summary>
    /// What building the application cost its owner, in rupiah, if the owner states it. Each running adoption counts it
    /// as spending avoided (the savings estimate of /statistik).
    /// </summary>
    public long? BuildCost { get; set; }

    /// <summary>Number of regions running the application; kept for sorting by "most adopted".</summary>
    public int AdoptionCount { get; set; }

    /// <summary>The publiccode.yml keys the platform does not model, as JSON, kept for a lossless export.</summary>
    public string? PublicCodeExtra { get; set; }

    public DateTimeOffset CreatedAt { get; set; }

    public DateTimeOffset UpdatedAt { get; set; }

    public DateTimeOffset? PublishedAt { get; set; }

    /// <summary>Categories, technology and platform values, one row each, so filters and counts use an index.</summary>
    public List<AppTag> Tags { get; set; } = [];

    public List<Release> Releases { get; set; } = [];

    public List<AppImage> Images { get; set; } = [];
}

public enum SpbeClass
{
    /// <summary>Aplikasi umum: used across government (e-office, e-kinerja).</summary>
    Umum,

    /// <summary>Aplikasi khusus: serves one sector's needs.</summary>
    Khusus,
}

/// <summary>publiccode developmentStatus.</summary>
public enum Maturity
{
    Concept,
    Development,
    Beta,
    Stable,
    Obsolete,
}

/// <summary>publiccode maintenance.type.</summary>
public enum MaintenanceType
{
    Internal,
    Contract,
    Community,
    None,
}

public enum AppStatus
{
    Draft,
    Published,
    Archived,
}

public enum CurationState
{
    None,
    Verified,
    PraktikBaik,
}

/// <summary>What one server needs to run the application for <see cref="UsersPerServer"/> users.</summary>
public sealed class InfrastructureNeeds
{
    public int? CpuCores { get; set; }

    public int? RamGb { get; set; }

    public int? StorageGb { get; set; }

    public int? UsersPerServer { get; set; }
}

public sealed class MaintenanceContact
{
    [System.ComponentModel.DataAnnotations.Display(Name = "Field.ContactName")]
    public string Name { get; set; } = "";

    [System.ComponentModel.DataAnnotations.Display(Name = "Field.ContactEmail")]
    public string? Email { get; set; }

    [System.ComponentModel.DataAnnotations.Display(Name = "Field.ContactPhone")]
    public string? Phone { get; set; }

    public string? Affiliation { get; set; }
}

public enum TagKind
{
    Category,
    Technology,
    Platform,
}

public sealed class AppTag
{
    public int Id { get; set; }

    public int AppId { get; set; }

    public TagKind Kind { get; set; }

    /// <summary>Lower-case value, for example "document-management" or "php".</summary>
    public required string Value { get; set; }
}
