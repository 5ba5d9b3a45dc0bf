namespace Marketplace.Web.Features.Capacity;

/// <summary>What the capacity check concludes, in the order it is decided (see <see cref="CapacityCheck"/>).</summary>
public enum CapacityVerdict
{
    /// <summary>The application states no server size: nothing to compare.</summary>
    NoNeeds,

    /// <summary>The region has not declared its infrastructure yet.</summary>
    NoDeclaration,

    /// <summary>The region hosts at the national data centre: it asks PDN for an allocation.</summary>
    PusatDataNasional,

    /// <summary>The region's own servers have room for every server the application needs.</summary>
    Cukup,

    /// <summary>Own servers first (they are short), the rest at the national data centre.</summary>
    Campuran,

    /// <summary>The region's own servers are short and it declared no other hosting.</summary>
    Kurang,
}

/// <summary>The size of one server of the application; a missing value is not compared.</summary>
public sealed record ServerSpec(int? CpuCores, int? RamGb, int? StorageGb)
{
    public bool IsEmpty => CpuCores is null && RamGb is null && StorageGb is null;
}

/// <summary>
/// The fit or gap between an application and a region: how many servers of which size the expected users need, how many
/// such instances the region's declared servers can still host from their free capacity, and what is missing.
/// </summary>
public sealed record CapacityReport(
    CapacityVerdict Verdict,
    int Users,
    int ServersNeeded,
    ServerSpec PerServer,
    int Available,
    int DeclaredServers,
    HostingMode? Hosting)
{
    /// <summary>Instances that do not fit on the region's own servers (0 when they all fit).</summary>
    public int Gap => Math.Max(0, ServersNeeded - Available);
}
