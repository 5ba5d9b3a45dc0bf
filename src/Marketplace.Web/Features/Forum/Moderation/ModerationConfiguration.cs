using Marketplace.Web.Features.Accounts;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Marketplace.Web.Features.Forum.Moderation;

internal sealed class PostFlagConfiguration : IEntityTypeConfiguration<PostFlag>
{
    public void Configure(EntityTypeBuilder<PostFlag> flag)
    {
        flag.ToTable("ForumPostFlags");
        flag.Property(f => f.UserId).HasMaxLength(450);
        flag.Property(f => f.UserName).HasMaxLength(200);
        flag.Property(f => f.Reason).HasConversion<string>().HasMaxLength(16);
        flag.Property(f => f.Outcome).HasConversion<string>().HasMaxLength(16);
        flag.Property(f => f.Note).HasMaxLength(ModerationRules.NoteMax);
        flag.Property(f => f.ResolvedById).HasMaxLength(450);
        flag.HasOne<Post>().WithMany().HasForeignKey(f => f.PostId).OnDelete(DeleteBehavior.Cascade);
        flag.HasOne<ApplicationUser>().WithMany().HasForeignKey(f => f.UserId).OnDelete(DeleteBehavior.Cascade);

        // One flag per member and post: the unique index is what makes "three different members" hold under races.
        flag.HasIndex(f => new { f.PostId, f.UserId }).IsUnique();

        // The queue: open flags, newest first.
        flag.HasIndex(f => new { f.ResolvedAt, f.CreatedAt });
    }
}

internal sealed class UserSuspensionConfiguration : IEntityTypeConfiguration<UserSuspension>
{
    public void Configure(EntityTypeBuilder<UserSuspension> suspension)
    {
        suspension.ToTable("ForumSuspensions");
        suspension.Property(s => s.UserId).HasMaxLength(450);
        suspension.Property(s => s.Reason).HasMaxLength(ModerationRules.ReasonMax);
        suspension.Property(s => s.ById).HasMaxLength(450);
        suspension.Property(s => s.ByName).HasMaxLength(200);
        suspension.Property(s => s.LiftedById).HasMaxLength(450);
        suspension.HasOne<ApplicationUser>().WithMany().HasForeignKey(s => s.UserId).OnDelete(DeleteBehavior.Cascade);
        suspension.HasIndex(s => new { s.UserId, s.Until });
    }
}

internal sealed class ModerationLogEntryConfiguration : IEntityTypeConfiguration<ModerationLogEntry>
{
    public void Configure(EntityTypeBuilder<ModerationLogEntry> entry)
    {
        entry.ToTable("ForumModerationLog");
        entry.Property(e => e.ActorId).HasMaxLength(450);
        entry.Property(e => e.ActorName).HasMaxLength(200);
        entry.Property(e => e.Action).HasConversion<string>().HasMaxLength(32);
        entry.Property(e => e.SubjectUserId).HasMaxLength(450);
        entry.Property(e => e.SubjectUserName).HasMaxLength(200);
        entry.Property(e => e.Reason).HasMaxLength(ModerationRules.ReasonMax);
        entry.Property(e => e.Detail).HasMaxLength(ModerationRules.DetailMax);

        // The log page: newest first by id, optionally of one action; both keyset ranges.
        entry.HasIndex(e => new { e.Action, e.Id });
    }
}
