using System.ComponentModel.DataAnnotations;

namespace Marketplace.Web.Features.Capacity;

/// <summary>What an AdminWilayah submits for the region: hosting, notes and the whole server table (it replaces the old one).</summary>
public sealed class InfrastructureInput
{
    [Display(Name = "Field.Hosting")]
    public HostingMode Hosting { get; set; } = HostingMode.ServerSendiri;

    [Display(Name = "Field.Notes")]
    public string? Notes { get; set; }

    public List<ServerInput> Servers { get; set; } = [];
}

/// <summary>One row of the server table. A row left entirely empty is not a server; a ticked row is removed.</summary>
public sealed class ServerInput
{
    [Display(Name = "Field.Name")]
    public string? Name { get; set; }

    [Display(Name = "Field.CpuCores")]
    public int? CpuCores { get; set; }

    [Display(Name = "Field.RamGb")]
    public int? RamGb { get; set; }

    [Display(Name = "Field.StorageGb")]
    public int? StorageGb { get; set; }

    [Display(Name = "Field.UsedCpuCores")]
    public int? UsedCpuCores { get; set; }

    [Display(Name = "Field.UsedRamGb")]
    public int? UsedRamGb { get; set; }

    [Display(Name = "Field.UsedStorageGb")]
    public int? UsedStorageGb { get; set; }

    [Display(Name = "Field.Workloads")]
    public string? Workloads { get; set; }

    [Display(Name = "Field.Remove")]
    public bool Remove { get; set; }

    public bool IsEmpty =>
        string.IsNullOrWhiteSpace(Name) && CpuCores is null && RamGb is null && StorageGb is null
        && UsedCpuCores is null && UsedRamGb is null && UsedStorageGb is null && string.IsNullOrWhiteSpace(Workloads);

    /// <summary>Rows that become servers when saved.</summary>
    public bool IsKept => !Remove && !IsEmpty;

    public static ServerInput From(RegionServer server) => new()
    {
        Name = server.Name,
        CpuCores = server.CpuCores,
        RamGb = server.RamGb,
        StorageGb = server.StorageGb,
        UsedCpuCores = server.UsedCpuCores,
        UsedRamGb = server.UsedRamGb,
        UsedStorageGb = server.UsedStorageGb,
        Workloads = server.Workloads,
    };
}
