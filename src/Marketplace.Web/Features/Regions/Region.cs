using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Marketplace.Web.Features.Regions;

/// <summary>A province, regency, city (Kemendagri code) or national institution.</summary>
public sealed class Region
{
    /// <summary>Kemendagri code: "61" for a province, "61.72" for a regency or city; "00.xx" for national institutions.</summary>
    public required string Code { get; set; }

    public required string Name { get; set; }

    public RegionKind Kind { get; set; }

    public string? ParentCode { get; set; }
}

public enum RegionKind
{
    Province,
    Regency,
    City,
    National,
}

internal sealed class RegionConfiguration : IEntityTypeConfiguration<Region>
{
    public void Configure(EntityTypeBuilder<Region> region)
    {
        region.HasKey(r => r.Code);
        region.Property(r => r.Code).HasMaxLength(16);
        region.Property(r => r.Name).HasMaxLength(200);
        region.Property(r => r.ParentCode).HasMaxLength(16);
        region.Property(r => r.Kind).HasConversion<string>().HasMaxLength(16);
        region.HasOne<Region>().WithMany().HasForeignKey(r => r.ParentCode).OnDelete(DeleteBehavior.Restrict);
        region.HasIndex(r => r.ParentCode);
        region.HasIndex(r => r.Kind);
    }
}
