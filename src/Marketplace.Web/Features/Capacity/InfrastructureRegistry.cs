using System.Security.Claims;
using Marketplace.Web.Data;
using Marketplace.Web.Features.Accounts;
using Marketplace.Web.Features.Catalog;
using Marketplace.Web.Features.Regions;
using Microsoft.EntityFrameworkCore;

namespace Marketplace.Web.Features.Capacity;

/// <summary>Reads and replaces a region's declared infrastructure. Rights are checked here; nothing is saved when any row is invalid.</summary>
public sealed class InfrastructureRegistry(MarketplaceDbContext db, RegionDirectory regions, TimeProvider clock)
{
    /// <summary>The declaration with its servers in table order, or null when the region has declared nothing.</summary>
    public async Task<RegionInfrastructure?> FindAsync(string regionCode, CancellationToken cancellationToken)
    {
        var infrastructure = await db.RegionInfrastructures.AsNoTracking().Include(i => i.Servers)
            .SingleOrDefaultAsync(i => i.RegionCode == regionCode, cancellationToken);
        infrastructure?.Servers.Sort((a, b) => a.Order != b.Order ? a.Order.CompareTo(b.Order) : a.Id.CompareTo(b.Id));
        return infrastructure;
    }

    public async Task<EditOutcome<RegionInfrastructure>> SaveAsync(ClaimsPrincipal user, string regionCode, InfrastructureInput input, CancellationToken cancellationToken)
    {
        if ((await regions.GetAsync(cancellationToken)).Find(regionCode) is null)
        {
            return EditOutcome<RegionInfrastructure>.NotFound;
        }

        if (!CapacityPermissions.CanEdit(user, regionCode))
        {
            return EditOutcome<RegionInfrastructure>.Forbidden;
        }

        var errors = CapacityRules.Check(input);
        if (errors.Count > 0)
        {
            return EditOutcome<RegionInfrastructure>.Invalid(errors);
        }

        try
        {
            return EditOutcome<RegionInfrastructure>.Done(await ReplaceAsync(user, regionCode, input, cancellationToken));
        }
        catch (DbUpdateException)
        {
            // Two first declarations at once: the other one created the row; the last save wins, as it would have anyway.
            db.ChangeTracker.Clear();
            return EditOutcome<RegionInfrastructure>.Done(await ReplaceAsync(user, regionCode, input, cancellationToken));
        }
    }

    private async Task<RegionInfrastructure> ReplaceAsync(ClaimsPrincipal user, string regionCode, InfrastructureInput input, CancellationToken cancellationToken)
    {
        var infrastructure = await db.RegionInfrastructures.Include(i => i.Servers).SingleOrDefaultAsync(i => i.RegionCode == regionCode, cancellationToken);
        if (infrastructure is null)
        {
            infrastructure = new RegionInfrastructure { RegionCode = regionCode };
            db.RegionInfrastructures.Add(infrastructure);
        }

        infrastructure.Hosting = input.Hosting;
        infrastructure.Notes = string.IsNullOrWhiteSpace(input.Notes) ? null : input.Notes.Trim();
        infrastructure.UpdatedAt = clock.GetUtcNow();
        infrastructure.UpdatedByName = user.DisplayName();
        db.RegionServers.RemoveRange(infrastructure.Servers);
        infrastructure.Servers.Clear();
        var order = 0;
        foreach (var row in input.Servers.Where(s => s.IsKept))
        {
            infrastructure.Servers.Add(new RegionServer
            {
                RegionCode = regionCode,
                Name = row.Name!.Trim(),
                CpuCores = row.CpuCores!.Value,
                RamGb = row.RamGb!.Value,
                StorageGb = row.StorageGb!.Value,
                UsedCpuCores = row.UsedCpuCores ?? 0,
                UsedRamGb = row.UsedRamGb ?? 0,
                UsedStorageGb = row.UsedStorageGb ?? 0,
                Workloads = string.IsNullOrWhiteSpace(row.Workloads) ? null : row.Workloads.Trim(),
                Order = order++,
            });
        }

        await db.SaveChangesAsync(cancellationToken);
        return infrastructure;
    }
}
