using Marketplace.Web.Features.Catalog;
using Marketplace.Web.Features.Regions;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Marketplace.Web.Features.Plugins;

internal sealed class PluginPackageConfiguration : IEntityTypeConfiguration<PluginPackage>
{
    public void Configure(EntityTypeBuilder<PluginPackage> package)
    {
        package.ToTable("PluginPackages");
        package.Property(p => p.ModuleId).HasMaxLength(50);
        package.Property(p => p.Name).HasMaxLength(100);
        package.Property(p => p.Version).HasMaxLength(100);
        package.Property(p => p.HostApiRange).HasMaxLength(100);
        package.Property(p => p.EntryAssembly).HasMaxLength(200);
        package.Property(p => p.EntryType).HasMaxLength(300);
        package.Property(p => p.Sha256).HasMaxLength(64);
        package.Property(p => p.ApprovedSha256).HasMaxLength(64);
        package.Property(p => p.State).HasConversion<string>().HasMaxLength(16);
        package.Property(p => p.ReviewReason).HasMaxLength(1000);
        package.Property(p => p.ReviewedBy).HasMaxLength(450);
        package.Property(p => p.UploadedBy).HasMaxLength(450);
        package.PrimitiveCollection(p => p.Permissions);
        package.HasOne<SharedApp>().WithMany().HasForeignKey(p => p.AppId).OnDelete(DeleteBehavior.Cascade);
        package.HasOne<Release>().WithMany().HasForeignKey(p => p.ReleaseId).OnDelete(DeleteBehavior.Cascade);
        package.HasIndex(p => p.ReleaseId).IsUnique();
        package.HasIndex(p => new { p.ModuleId, p.Version }).IsUnique();
        package.HasIndex(p => new { p.State, p.UploadedAt });
    }
}

internal sealed class RegionModuleConfiguration : IEntityTypeConfiguration<RegionModule>
{
    public void Configure(EntityTypeBuilder<RegionModule> module)
    {
        module.ToTable("RegionModules");
        module.Property(m => m.RegionCode).HasMaxLength(16);
        module.Property(m => m.ChangedBy).HasMaxLength(450);
        module.HasIndex(m => new { m.RegionCode, m.AppId }).IsUnique();
        module.HasIndex(m => m.PackageId);
        module.HasOne<Region>().WithMany().HasForeignKey(m => m.RegionCode).OnDelete(DeleteBehavior.Cascade);
        module.HasOne<SharedApp>().WithMany().HasForeignKey(m => m.AppId).OnDelete(DeleteBehavior.Cascade);
        module.HasOne<PluginPackage>().WithMany().HasForeignKey(m => m.PackageId).OnDelete(DeleteBehavior.Restrict);
    }
}

internal sealed class ModuleRecordConfiguration : IEntityTypeConfiguration<ModuleRecord>
{
    public void Configure(EntityTypeBuilder<ModuleRecord> record)
    {
        record.ToTable("ModuleRecords");
        record.Property(r => r.ModuleId).HasMaxLength(50);
        record.Property(r => r.RegionCode).HasMaxLength(16);
        record.Property(r => r.Key).HasMaxLength(ModuleStorage.MaxKeyLength);
        record.HasIndex(r => new { r.ModuleId, r.RegionCode, r.Key }).IsUnique();
    }
}
