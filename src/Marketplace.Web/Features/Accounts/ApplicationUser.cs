using Marketplace.Web.Features.Regions;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Marketplace.Web.Features.Accounts;

/// <summary>A civil servant with an account. Every user belongs to exactly one region.</summary>
public sealed class ApplicationUser : IdentityUser
{
    public string FullName { get; set; } = "";

    /// <summary>Position (jabatan), for example "Kepala Bidang Aplikasi Informatika".</summary>
    public string? Position { get; set; }

    public string RegionCode { get; set; } = "";

    public DateTimeOffset CreatedAt { get; set; }

    /// <summary>When the region's AdminWilayah (or an Administrator) approved the account; null while pending.</summary>
    public DateTimeOffset? ApprovedAt { get; set; }

    public string? ApprovedById { get; set; }

    /// <summary>"id" or "en": the language of e-mail sent to the user.</summary>
    public string PreferredCulture { get; set; } = "id";

    /// <summary>
    /// When the user last used the site while signed in, kept to the nearest few minutes. The daily digest summarises only
    /// what happened after this: a user who has been here since has seen it.
    /// </summary>
    public DateTimeOffset? LastSeenAt { get; set; }
}

/// <summary>The four roles of the platform.</summary>
public static class Roles
{
    public const string Administrator = "Administrator";
    public const string Kurator = "Kurator";
    public const string AdminWilayah = "AdminWilayah";
    public const string Anggota = "Anggota";

    /// <summary>A member who may publish and edit the applications of their own region (AdminWilayah may too).</summary>
    public const string Penerbit = "Penerbit";

    public static readonly string[] All = [Administrator, Kurator, AdminWilayah, Penerbit, Anggota];

    /// <summary>Roles whose members must sign in with two-factor authentication.</summary>
    public static readonly string[] RequireTwoFactor = [Administrator, Kurator];
}

internal sealed class ApplicationUserConfiguration : IEntityTypeConfiguration<ApplicationUser>
{
    public void Configure(EntityTypeBuilder<ApplicationUser> user)
    {
        user.Property(u => u.FullName).HasMaxLength(200);
        user.Property(u => u.Position).HasMaxLength(200);
        user.Property(u => u.RegionCode).HasMaxLength(16);
        user.Property(u => u.PreferredCulture).HasMaxLength(8);
        user.HasOne<Region>().WithMany().HasForeignKey(u => u.RegionCode).OnDelete(DeleteBehavior.Restrict);
        user.HasIndex(u => new { u.RegionCode, u.ApprovedAt });
    }
}
