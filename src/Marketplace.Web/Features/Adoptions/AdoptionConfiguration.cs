using Marketplace.Web.Features.Regions;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Marketplace.Web.Features.Adoptions;

internal sealed class AdoptionConfiguration : IEntityTypeConfiguration<Adoption>
{
    public void Configure(EntityTypeBuilder<Adoption> adoption)
    {
        adoption.Property(a => a.OwnerRegionCode).HasMaxLength(16);
        adoption.Property(a => a.AdopterRegionCode).HasMaxLength(16);
        adoption.Property(a => a.AdopterProvinceCode).HasMaxLength(16);
        adoption.Property(a => a.State).HasConversion<string>().HasMaxLength(16);
        adoption.Property(a => a.Reason).HasMaxLength(AdoptionRules.ReasonMax);
        adoption.Property(a => a.RequestedById).HasMaxLength(450);
        adoption.Property(a => a.RequestedByName).HasMaxLength(200);
        adoption.Property(a => a.Version).IsConcurrencyToken();
        adoption.Ignore(a => a.IsOpen);
        adoption.OwnsOne(a => a.Support, support =>
        {
            support.Property(s => s.Maintainer).HasConversion<string>().HasMaxLength(16);
            support.Property(s => s.ContactName).HasMaxLength(AdoptionRules.ContactMax);
            support.Property(s => s.ContactEmail).HasMaxLength(AdoptionRules.ContactMax);
            support.Property(s => s.ContactPhone).HasMaxLength(AdoptionRules.PhoneMax);
            support.Property(s => s.Scope).HasMaxLength(AdoptionRules.ScopeMax);
        });
        adoption.HasOne(a => a.App).WithMany().HasForeignKey(a => a.AppId).OnDelete(DeleteBehavior.Restrict);
        adoption.HasOne<Region>().WithMany().HasForeignKey(a => a.AdopterRegionCode).OnDelete(DeleteBehavior.Restrict);
        adoption.HasMany(a => a.Events).WithOne().HasForeignKey(e => e.AdoptionId).OnDelete(DeleteBehavior.Cascade);
        adoption.HasMany(a => a.Milestones).WithOne().HasForeignKey(m => m.AdoptionId).OnDelete(DeleteBehavior.Cascade);

        // At most one open adoption per region and application, even when two requests race past the check.
        adoption.HasIndex(a => new { a.AppId, a.AdopterRegionCode }).IsUnique()
            .HasFilter("\"State\" IN ('Diajukan', 'Disetujui', 'Perencanaan', 'Berjalan')")
            .HasDatabaseName("IX_Adoptions_Open");
        adoption.HasIndex(a => new { a.AppId, a.State });
        adoption.HasIndex(a => new { a.AdopterRegionCode, a.State });
        adoption.HasIndex(a => new { a.OwnerRegionCode, a.State });
        adoption.HasIndex(a => new { a.AdopterProvinceCode, a.State });
    }
}

internal sealed class AdoptionEventConfiguration : IEntityTypeConfiguration<AdoptionEvent>
{
    public void Configure(EntityTypeBuilder<AdoptionEvent> adoptionEvent)
    {
        adoptionEvent.Property(e => e.From).HasConversion<string>().HasMaxLength(16);
        adoptionEvent.Property(e => e.To).HasConversion<string>().HasMaxLength(16);
        adoptionEvent.Property(e => e.ActorId).HasMaxLength(450);
        adoptionEvent.Property(e => e.ActorName).HasMaxLength(200);
        adoptionEvent.Property(e => e.ActorRegionCode).HasMaxLength(16);
        adoptionEvent.Property(e => e.Reason).HasMaxLength(AdoptionRules.ReasonMax);
        adoptionEvent.HasIndex(e => new { e.AdoptionId, e.At });
    }
}

internal sealed class MilestoneConfiguration : IEntityTypeConfiguration<Milestone>
{
    public void Configure(EntityTypeBuilder<Milestone> milestone)
    {
        milestone.Property(m => m.Area).HasConversion<string>().HasMaxLength(16);
        milestone.Property(m => m.State).HasConversion<string>().HasMaxLength(16);
        milestone.Property(m => m.Title).HasMaxLength(AdoptionRules.TitleMax);
        milestone.Property(m => m.Detail).HasMaxLength(AdoptionRules.DetailMax);
        milestone.Property(m => m.Responsible).HasMaxLength(AdoptionRules.ResponsibleMax);
        milestone.HasIndex(m => new { m.AdoptionId, m.DueDate });
    }
}
