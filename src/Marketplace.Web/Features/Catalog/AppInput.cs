using System.ComponentModel.DataAnnotations;

namespace Marketplace.Web.Features.Catalog;

/// <summary>What a publisher sends to create or change an application (the form and the API share it).</summary>
public sealed class AppInput
{
    [Display(Name = "Field.Name")]
    public string? Name { get; set; }

    /// <summary>Empty: derived from the name.</summary>
    [Display(Name = "Field.Slug")]
    public string? Slug { get; set; }

    [Display(Name = "Field.Summary")]
    public string? Summary { get; set; }

    [Display(Name = "Field.Description")]
    public string? Description { get; set; }

    /// <summary>Owner region; only a Kurator may choose another region than their own.</summary>
    [Display(Name = "Field.OwnerRegion")]
    public string? OwnerRegionCode { get; set; }

    [Display(Name = "Field.SpbeClass")]
    public SpbeClass SpbeClass { get; set; } = SpbeClass.Umum;

    [Display(Name = "Field.ServiceDomain")]
    public string? ServiceDomain { get; set; }

    /// <summary>Comma- or line-separated category keys, for example "document-management, workflow-management".</summary>
    [Display(Name = "Catalog.Category")]
    public string? Categories { get; set; }

    [Display(Name = "Catalog.License")]
    public string? License { get; set; }

    [Display(Name = "Field.RepositoryUrl")]
    public string? RepositoryUrl { get; set; }

    [Display(Name = "Field.LandingUrl")]
    public string? LandingUrl { get; set; }

    [Display(Name = "Catalog.Maturity")]
    public Maturity Maturity { get; set; } = Maturity.Development;

    [Display(Name = "Field.SoftwareType")]
    public string? SoftwareType { get; set; }

    /// <summary>Comma-separated programming languages.</summary>
    [Display(Name = "Field.Languages")]
    public string? Languages { get; set; }

    [Display(Name = "Field.DatabaseTech")]
    public string? DatabaseTech { get; set; }

    [Display(Name = "Field.OperatingSystem")]
    public string? OperatingSystem { get; set; }

    [Display(Name = "Field.Platforms")]
    public string? Platforms { get; set; }

    [Display(Name = "Field.CpuCores")]
    public int? CpuCores { get; set; }

    [Display(Name = "Field.RamGb")]
    public int? RamGb { get; set; }

    [Display(Name = "Field.StorageGb")]
    public int? StorageGb { get; set; }

    [Display(Name = "Field.UsersPerServer")]
    public int? UsersPerServer { get; set; }

    /// <summary>What building the application cost, in rupiah; each running adoption counts it as spending avoided.</summary>
    [Display(Name = "Field.BuildCost")]
    [Microsoft.AspNetCore.Mvc.ModelBinder(typeof(RupiahModelBinder))]
    public long? BuildCost { get; set; }

    [Display(Name = "Field.MaintenanceType")]
    public MaintenanceType MaintenanceType { get; set; } = MaintenanceType.Internal;

    public List<MaintenanceContact> Contacts { get; set; } = [];

    /// <summary>Publish now (true) or keep as a draft.</summary>
    public bool Publish { get; set; }

    public static IReadOnlyList<string> SplitList(string? value) =>
        (value ?? "").Split([',', '\n', ';'], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
            .Where(v => v.Length > 0).Distinct(StringComparer.OrdinalIgnoreCase).ToList();
}

/// <summary>What a publisher sends to add a release.</summary>
public sealed class ReleaseInput
{
    [Display(Name = "Field.Version")]
    public string? Version { get; set; }

    [Display(Name = "Field.Date")]
    public DateOnly? Date { get; set; }

    [Display(Name = "Field.Notes")]
    public string? Notes { get; set; }
}
