using Marketplace.Web.Features.Regions;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Marketplace.Web.Features.Capacity;

internal sealed class RegionInfrastructureConfiguration : IEntityTypeConfiguration<RegionInfrastructure>
{
    public void Configure(EntityTypeBuilder<RegionInfrastructure> infrastructure)
    {
        infrastructure.HasKey(i => i.RegionCode);
        infrastructure.Property(i => i.RegionCode).HasMaxLength(16);
        infrastructure.Property(i => i.Hosting).HasConversion<string>().HasMaxLength(24);
        infrastructure.Property(i => i.Notes).HasMaxLength(2000);
        infrastructure.Property(i => i.UpdatedByName).HasMaxLength(200);
        infrastructure.HasOne<Region>().WithOne().HasForeignKey<RegionInfrastructure>(i => i.RegionCode).OnDelete(DeleteBehavior.Cascade);
        infrastructure.HasMany(i => i.Servers).WithOne().HasForeignKey(s => s.RegionCode).OnDelete(DeleteBehavior.Cascade);
    }
}

internal sealed class RegionServerConfiguration : IEntityTypeConfiguration<RegionServer>
{
    public void Configure(EntityTypeBuilder<RegionServer> server)
    {
        server.Property(s => s.RegionCode).HasMaxLength(16);
        server.Property(s => s.Name).HasMaxLength(100);
        server.Property(s => s.Workloads).HasMaxLength(500);
        server.HasIndex(s => new { s.RegionCode, s.Order });
    }
}
