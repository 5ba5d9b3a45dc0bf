using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Marketplace.Web.Data;

/// <summary>
/// A named right to run a background job, held by one node until <see cref="ExpiresAt"/> and renewed while it works
/// (<see cref="DatabaseLease"/>). With several web nodes on one database, exactly one sends mail and builds digests.
/// </summary>
public sealed class Lease
{
    /// <summary>The job, for example "mail".</summary>
    public required string Name { get; set; }

    /// <summary>The node holding it (host name, process id and a random part), or "" when released.</summary>
    public string Holder { get; set; } = "";

    public DateTimeOffset ExpiresAt { get; set; }
}

internal sealed class LeaseConfiguration : IEntityTypeConfiguration<Lease>
{
    public void Configure(EntityTypeBuilder<Lease> lease)
    {
        lease.ToTable("Leases");
        lease.HasKey(l => l.Name);
        lease.Property(l => l.Name).HasMaxLength(64);
        lease.Property(l => l.Holder).HasMaxLength(200);
    }
}
