using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Marketplace.Web.Features.Mail.Outbox;

internal sealed class OutboxMailConfiguration : IEntityTypeConfiguration<OutboxMail>
{
    public void Configure(EntityTypeBuilder<OutboxMail> mail)
    {
        mail.ToTable("MailOutbox");
        mail.Property(m => m.DedupeKey).HasMaxLength(MailRules.DedupeKeyMax);
        mail.Property(m => m.UserId).HasMaxLength(450);
        mail.Property(m => m.ToAddress).HasMaxLength(MailRules.AddressMax);
        mail.Property(m => m.ToName).HasMaxLength(MailRules.NameMax);
        mail.Property(m => m.Culture).HasMaxLength(8);
        mail.Property(m => m.Kind).HasMaxLength(24);
        mail.Property(m => m.Subject).HasMaxLength(MailRules.SubjectMax);
        mail.Property(m => m.UnsubscribeUrl).HasMaxLength(2000);
        mail.Property(m => m.MessageId).HasMaxLength(200);
        mail.Property(m => m.State).HasConversion<string>().HasMaxLength(16);
        mail.Property(m => m.LastError).HasMaxLength(MailRules.ErrorMax);

        mail.HasIndex(m => m.DedupeKey).IsUnique();

        // The sender's question: what is due now, oldest first. The administrator's: what failed.
        mail.HasIndex(m => new { m.State, m.NextAttemptAt });

        // The per-user limit: how many messages went to this user lately.
        mail.HasIndex(m => new { m.UserId, m.CreatedAt });
    }
}
