using Marketplace.Web.Data;
using Marketplace.Web.Features.Shared;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using MimeKit;
using MimeKit.Utils;

namespace Marketplace.Web.Features.Mail.Outbox;

/// <summary>
/// <see cref="IMailOutbox"/> on the outbox table. Saves through the scope's context, so a caller's own tracked changes
/// are saved with the message (the notification planner relies on it); the unique dedupe key makes a retry after a crash
/// store nothing twice.
/// </summary>
internal sealed class MailOutbox(MarketplaceDbContext db, MailSignal signal, IOptions<MailOptions> options, TimeProvider clock, ILogger<MailOutbox> logger)
    : IMailOutbox
{
    public async Task<EnqueueResult> EnqueueAsync(MailDraft draft, CancellationToken cancellationToken)
    {
        var row = Check(draft, options.Value, clock.GetUtcNow());
        if (await db.MailOutbox.AnyAsync(m => m.DedupeKey == row.DedupeKey, cancellationToken))
        {
            return EnqueueResult.Duplicate;
        }

        if (row.UserId is { } userId)
        {
            var since = row.CreatedAt - TimeSpan.FromHours(1);
            var recent = await db.MailOutbox.CountAsync(m => m.UserId == userId && m.CreatedAt > since, cancellationToken);
            if (recent >= options.Value.PerUserPerHour)
            {
                // Information: the caller decides what it means (a notification waits for the digest and asks again each
                // round; a dropped account message is the caller's warning).
                logger.LogInformation("Mail {Key} to user {UserId} not queued: {Count} messages in the last hour reach the limit", row.DedupeKey, userId, recent);
                return EnqueueResult.OverLimit;
            }
        }

        db.MailOutbox.Add(row);
        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateException)
        {
            db.Entry(row).State = EntityState.Detached;
            if (await db.MailOutbox.AsNoTracking().AnyAsync(m => m.DedupeKey == row.DedupeKey, cancellationToken))
            {
                // Queued by another request or node in the meantime.
                return EnqueueResult.Duplicate;
            }

            throw;
        }

        db.Entry(row).State = EntityState.Detached;
        signal.Wake();
        return EnqueueResult.Queued;
    }

    /// <summary>The draft as an outbox row, or an exception naming what is wrong with it; pure, for unit tests.</summary>
    internal static OutboxMail Check(MailDraft draft, MailOptions options, DateTimeOffset now)
    {
        if (string.IsNullOrWhiteSpace(draft.DedupeKey) || draft.DedupeKey.Length > MailRules.DedupeKeyMax)
        {
            throw new ArgumentException($"A mail needs a dedupe key of at most {MailRules.DedupeKeyMax} characters.", nameof(draft));
        }

        MailRules.CheckHeader(draft.ToAddress, "recipient address");
        MailRules.CheckHeader(draft.ToName, "recipient name");
        MailRules.CheckHeader(draft.Subject, "subject");
        MailRules.CheckHeader(draft.UnsubscribeUrl, "unsubscribe address");
        if (string.IsNullOrWhiteSpace(draft.ToAddress) || draft.ToAddress.Length > MailRules.AddressMax
            || !MailboxAddress.TryParse(draft.ToAddress, out var parsed) || parsed.Address != draft.ToAddress.Trim() || !parsed.Address.Contains('@'))
        {
            throw new ArgumentException($"\"{draft.ToAddress}\" is not one e-mail address.", nameof(draft));
        }

        if (string.IsNullOrWhiteSpace(draft.Subject))
        {
            throw new ArgumentException("A mail needs a subject.", nameof(draft));
        }

        return new OutboxMail
        {
            DedupeKey = draft.DedupeKey,
            UserId = draft.UserId,
            ToAddress = parsed.Address,
            ToName = TextElements.Cut(draft.ToName ?? "", MailRules.NameMax),
            Culture = MailCulture.Of(draft.Culture),
            Kind = TextElements.Cut(draft.Kind, 24),
            Subject = TextElements.Cut(draft.Subject.Trim(), MailRules.SubjectMax),
            TextBody = draft.TextBody,
            HtmlBody = draft.HtmlBody,
            UnsubscribeUrl = draft.UnsubscribeUrl,
            MessageId = MimeUtils.GenerateMessageId(MimeMessageFactory.Domain(options.FromAddress)),
            State = OutboxMailState.Pending,
            NextAttemptAt = now,
            CreatedAt = now,
        };
    }
}
