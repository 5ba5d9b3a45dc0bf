using Marketplace.Web.Features.Adoptions;
using Marketplace.Web.Features.Catalog;

namespace Marketplace.Web.Features.Capacity;

/// <summary>
/// Compares what an application needs with what a region declared. Each server counts by its free capacity (total minus
/// what already runs on it), and a big server may host several instances of the application: as many as its scarcest
/// resource allows. Pure, so the sentence on the application page can be trusted and tested.
/// </summary>
public static class CapacityCheck
{
    public static CapacityReport Evaluate(InfrastructureNeeds needs, int users, RegionInfrastructure? infrastructure)
    {
        var spec = new ServerSpec(Positive(needs.CpuCores), Positive(needs.RamGb), Positive(needs.StorageGb));
        var needed = WorkPlanTemplate.ServersNeeded(needs, users) ?? 1;
        var servers = infrastructure?.Servers ?? [];
        var available = spec.IsEmpty ? 0 : servers.Sum(s => InstancesOn(s, spec));
        var verdict = spec.IsEmpty ? CapacityVerdict.NoNeeds
            : infrastructure is null ? CapacityVerdict.NoDeclaration
            : infrastructure.Hosting == HostingMode.PusatDataNasional ? CapacityVerdict.PusatDataNasional
            : available >= needed ? CapacityVerdict.Cukup
            : infrastructure.Hosting == HostingMode.Campuran ? CapacityVerdict.Campuran
            : CapacityVerdict.Kurang;
        return new CapacityReport(verdict, users, needed, spec, available, servers.Count, infrastructure?.Hosting);
    }

    /// <summary>How many instances of <paramref name="spec"/> fit in what is still free on <paramref name="server"/>.</summary>
    public static int InstancesOn(RegionServer server, ServerSpec spec)
    {
        if (spec.IsEmpty)
        {
            return 0;
        }

        var fits = int.MaxValue;
        fits = Math.Min(fits, Fit(server.CpuCores - server.UsedCpuCores, spec.CpuCores));
        fits = Math.Min(fits, Fit(server.RamGb - server.UsedRamGb, spec.RamGb));
        fits = Math.Min(fits, Fit(server.StorageGb - server.UsedStorageGb, spec.StorageGb));
        return fits;
    }

    private static int Fit(int free, int? need) => need is { } size ? Math.Max(0, free) / size : int.MaxValue;

    private static int? Positive(int? value) => value is > 0 ? value : null;
}
