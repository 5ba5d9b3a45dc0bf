namespace Marketplace.Web.Features.Capacity;

/// <summary>
/// What a region declares it can run applications on: its own servers (with what already runs on them), hosting at the
/// national data centre (Pusat Data Nasional), or both. The capacity check compares it with an application's needs.
/// </summary>
public sealed class RegionInfrastructure
{
    public required string RegionCode { get; set; }

    public HostingMode Hosting { get; set; } = HostingMode.ServerSendiri;

    /// <summary>Free text: network, data centre tier, planned purchases.</summary>
    public string? Notes { get; set; }

    public DateTimeOffset UpdatedAt { get; set; }

    public string UpdatedByName { get; set; } = "";

    public List<RegionServer> Servers { get; set; } = [];
}

public enum HostingMode
{
    /// <summary>The region's own servers only.</summary>
    ServerSendiri,

    /// <summary>Hosted at the national data centre (PDN); the region needs no servers of its own.</summary>
    PusatDataNasional,

    /// <summary>Own servers, and the national data centre for what does not fit.</summary>
    Campuran,
}

/// <summary>One server of a region: its size and how much of it is already taken.</summary>
public sealed class RegionServer
{
    public int Id { get; set; }

    public required string RegionCode { get; set; }

    public string Name { get; set; } = "";

    public int CpuCores { get; set; }

    public int RamGb { get; set; }

    public int StorageGb { get; set; }

    public int UsedCpuCores { get; set; }

    public int UsedRamGb { get; set; }

    public int UsedStorageGb { get; set; }

    /// <summary>What already runs on it, for example "SIMPEG, e-Office".</summary>
    public string? Workloads { get; set; }

    public int Order { get; set; }
}
