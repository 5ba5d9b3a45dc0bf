using Marketplace.Web.Features.Regions;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Marketplace.Web.Features.Catalog;

internal sealed class SharedAppConfiguration : IEntityTypeConfiguration<SharedApp>
{
    public void Configure(EntityTypeBuilder<SharedApp> app)
    {
        app.HasIndex(a => a.Slug).IsUnique();
        app.Property(a => a.Slug).HasMaxLength(100);
        app.Property(a => a.Name).HasMaxLength(200);
        app.Property(a => a.Summary).HasMaxLength(300);
        app.Property(a => a.OwnerRegionCode).HasMaxLength(16);
        app.Property(a => a.OwnerProvinceCode).HasMaxLength(16);
        app.Property(a => a.ServiceDomain).HasMaxLength(100);
        app.Property(a => a.License).HasMaxLength(200);
        app.Property(a => a.RepositoryUrl).HasMaxLength(500);
        app.Property(a => a.LandingUrl).HasMaxLength(500);
        app.Property(a => a.SoftwareType).HasMaxLength(50);
        app.Property(a => a.DatabaseTech).HasMaxLength(100);
        app.Property(a => a.OperatingSystem).HasMaxLength(100);
        app.Property(a => a.SpbeClass).HasConversion<string>().HasMaxLength(16);
        app.Property(a => a.Maturity).HasConversion<string>().HasMaxLength(16);
        app.Property(a => a.MaintenanceType).HasConversion<string>().HasMaxLength(16);
        app.Property(a => a.Status).HasConversion<string>().HasMaxLength(16);
        app.Property(a => a.Curation).HasConversion<string>().HasMaxLength(16);
        app.PrimitiveCollection(a => a.Languages);
        app.OwnsOne(a => a.Requirements);
        app.OwnsMany(a => a.Contacts, c => c.ToJson());
        app.HasOne<Region>().WithMany().HasForeignKey(a => a.OwnerRegionCode).OnDelete(DeleteBehavior.Restrict);
        app.HasMany(a => a.Tags).WithOne().HasForeignKey(t => t.AppId).OnDelete(DeleteBehavior.Cascade);
        app.HasMany(a => a.Releases).WithOne().HasForeignKey(r => r.AppId).OnDelete(DeleteBehavior.Cascade);
        app.HasMany(a => a.Images).WithOne().HasForeignKey(i => i.AppId).OnDelete(DeleteBehavior.Cascade);

        // The browse page's orders and filters, each with Id as the tie-breaker for keyset paging.
        app.HasIndex(a => new { a.Status, a.PublishedAt, a.Id });
        app.HasIndex(a => new { a.Status, a.Name, a.Id });
        app.HasIndex(a => new { a.Status, a.AdoptionCount, a.Id });
        app.HasIndex(a => new { a.OwnerRegionCode, a.Status });
        app.HasIndex(a => new { a.OwnerProvinceCode, a.Status });
        app.HasIndex(a => new { a.License, a.Status });
        app.HasIndex(a => new { a.Maturity, a.Status });
        app.HasIndex(a => new { a.SpbeClass, a.Status });
    }
}

internal sealed class AppTagConfiguration : IEntityTypeConfiguration<AppTag>
{
    public void Configure(EntityTypeBuilder<AppTag> tag)
    {
        tag.Property(t => t.Kind).HasConversion<string>().HasMaxLength(16);
        tag.Property(t => t.Value).HasMaxLength(100);
        tag.HasIndex(t => new { t.Kind, t.Value, t.AppId }).IsUnique();
        tag.HasIndex(t => t.AppId);
    }
}

internal sealed class ReleaseConfiguration : IEntityTypeConfiguration<Release>
{
    public void Configure(EntityTypeBuilder<Release> release)
    {
        release.Property(r => r.Version).HasMaxLength(100);
        release.HasIndex(r => new { r.AppId, r.Version }).IsUnique();
    }
}

internal sealed class AppImageConfiguration : IEntityTypeConfiguration<AppImage>
{
    public void Configure(EntityTypeBuilder<AppImage> image)
    {
        image.Property(i => i.Kind).HasConversion<string>().HasMaxLength(16);
        image.Property(i => i.StoredName).HasMaxLength(100);
        image.Property(i => i.ContentType).HasMaxLength(50);
        image.Property(i => i.Caption).HasMaxLength(200);
        image.HasIndex(i => i.StoredName).IsUnique();
        image.HasIndex(i => new { i.AppId, i.Kind, i.Order });
    }
}
