using Marketplace.Web.Features.Accounts;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Marketplace.Web.Features.Notifications;

internal sealed class NotificationConfiguration : IEntityTypeConfiguration<Notification>
{
    public void Configure(EntityTypeBuilder<Notification> notification)
    {
        notification.Property(n => n.UserId).HasMaxLength(450);
        notification.Property(n => n.Kind).HasConversion<string>().HasMaxLength(24);
        notification.Property(n => n.TextKey).HasMaxLength(NotificationRules.TextKeyMax);
        notification.Property(n => n.ArgsJson).HasMaxLength(NotificationRules.ArgsJsonMax);
        notification.Property(n => n.Excerpt).HasMaxLength(NotificationRules.ExcerptMax);
        notification.Property(n => n.Url).HasMaxLength(NotificationRules.UrlMax);
        notification.Property(n => n.ActorName).HasMaxLength(NotificationRules.ActorNameMax);
        notification.Property(n => n.DedupeKey).HasMaxLength(NotificationRules.DedupeKeyMax);
        notification.HasOne<ApplicationUser>().WithMany().HasForeignKey(n => n.UserId).OnDelete(DeleteBehavior.Cascade);

        // The same event never reaches a user twice, even when two nodes handle it at once.
        notification.HasIndex(n => new { n.UserId, n.DedupeKey }).IsUnique();

        // The header's unread count and the list (newest first, keyset on Id) both start from the user.
        notification.HasIndex(n => new { n.UserId, n.ReadAt });
        notification.HasIndex(n => new { n.UserId, n.Id });

        // The mail planner reads the undecided rows; the digest reads those waiting for it, per user.
        notification.Property(n => n.Mail).HasConversion<string>().HasMaxLength(16);
        notification.HasIndex(n => new { n.Mail, n.Id });
    }
}

internal sealed class NotificationPreferenceConfiguration : IEntityTypeConfiguration<NotificationPreference>
{
    public void Configure(EntityTypeBuilder<NotificationPreference> preference)
    {
        preference.Property(p => p.UserId).HasMaxLength(450);
        preference.Property(p => p.Kind).HasConversion<string>().HasMaxLength(24);
        preference.Property(p => p.Delivery).HasConversion<string>().HasMaxLength(16);
        preference.HasOne<ApplicationUser>().WithMany().HasForeignKey(p => p.UserId).OnDelete(DeleteBehavior.Cascade);
        preference.HasIndex(p => new { p.UserId, p.Kind }).IsUnique();
    }
}

internal sealed class SubscriptionConfiguration : IEntityTypeConfiguration<Subscription>
{
    public void Configure(EntityTypeBuilder<Subscription> subscription)
    {
        subscription.Property(s => s.UserId).HasMaxLength(450);
        subscription.Property(s => s.TargetKind).HasConversion<string>().HasMaxLength(16);
        subscription.HasOne<ApplicationUser>().WithMany().HasForeignKey(s => s.UserId).OnDelete(DeleteBehavior.Cascade);
        subscription.HasIndex(s => new { s.UserId, s.TargetKind, s.TargetId }).IsUnique();

        // Who watches this thread / board / application, when a post or thread arrives.
        subscription.HasIndex(s => new { s.TargetKind, s.TargetId });
    }
}
