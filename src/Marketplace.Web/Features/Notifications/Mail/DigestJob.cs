using Marketplace.Web.Data;
using Marketplace.Web.Features.Mail;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace Marketplace.Web.Features.Notifications.Mail;

/// <summary>
/// The daily digest (<see cref="DigestRules"/>): once the day's digest moment has passed, each user with notifications
/// waiting from before it gets one message, keyed "digest:{user}:{day}" so that a rerun after a crash queues nothing
/// twice; the summarised rows become <see cref="NotificationMail.Digested"/>, those the user has seen since become
/// <see cref="NotificationMail.None"/>. Notifications from after the moment wait for the next day. It waits while the
/// planner still has undecided rows from before the moment, so none of them misses its digest.
/// </summary>
internal sealed class DigestJob(
    MarketplaceDbContext db, NotificationPreferences preferences, NotificationMailRenderer renderer, IMailOutbox outbox,
    IOptions<MailOptions> options, TimeProvider clock, IHostApplicationLifetime lifetime, ILogger<DigestJob> logger) : IMailJob
{
    private const int UsersPerBatch = 50;

    public async Task<int> RunAsync(CancellationToken cancellationToken)
    {
        // Links in mail may come from the listening address, known once the server has started.
        if (!lifetime.ApplicationStarted.IsCancellationRequested)
        {
            return 0;
        }

        var cutoff = DigestRules.Cutoff(clock.GetUtcNow(), options.Value.DigestHour);
        if (await db.Notifications.AnyAsync(n => n.Mail == NotificationMail.Pending && n.CreatedAt < cutoff, cancellationToken))
        {
            return 0;
        }

        var queued = 0;
        var skipped = new HashSet<string>(StringComparer.Ordinal);
        while (!cancellationToken.IsCancellationRequested)
        {
            var users = await db.Notifications.AsNoTracking()
                .Where(n => n.Mail == NotificationMail.AwaitingDigest && n.CreatedAt < cutoff && !skipped.Contains(n.UserId))
                .Select(n => n.UserId).Distinct().OrderBy(id => id).Take(UsersPerBatch).ToListAsync(cancellationToken);
            if (users.Count == 0)
            {
                break;
            }

            foreach (var userId in users)
            {
                var outcome = await DigestAsync(userId, cutoff, cancellationToken);
                queued += outcome == EnqueueResult.Queued ? 1 : 0;
                if (outcome == EnqueueResult.OverLimit)
                {
                    skipped.Add(userId);
                }
            }
        }

        return queued;
    }

    /// <summary>One user's digest; null when nothing was left to send.</summary>
    private async Task<EnqueueResult?> DigestAsync(string userId, DateTimeOffset cutoff, CancellationToken cancellationToken)
    {
        var rows = await db.Notifications.AsNoTracking()
            .Where(n => n.UserId == userId && n.Mail == NotificationMail.AwaitingDigest && n.CreatedAt < cutoff)
            .OrderBy(n => n.Id).ToListAsync(cancellationToken);
        var recipient = (await MailRecipients.FindAsync(db, [userId], cancellationToken)).GetValueOrDefault(userId);
        var lastSeen = await db.Users.Where(u => u.Id == userId).Select(u => u.LastSeenAt).SingleOrDefaultAsync(cancellationToken);
        var selection = DigestRules.Select(
            rows.Select(r => new DigestCandidate(r.Id, r.Kind, r.CreatedAt, r.ReadAt)), lastSeen,
            await preferences.ForUserAsync(userId, cancellationToken), recipient is not null);

        EnqueueResult? result = null;
        if (selection.Include.Count > 0 && recipient is not null)
        {
            var included = rows.Where(r => selection.Include.Contains(r.Id)).ToList();
            var mail = renderer.RenderDigest(included, recipient);
            result = await outbox.EnqueueAsync(
                new MailDraft($"digest:{userId}:{DigestRules.Day(cutoff)}", userId, recipient.Address, recipient.Name, recipient.Culture, "Digest",
                    mail.Subject, mail.TextBody, mail.HtmlBody, mail.UnsubscribeUrl),
                cancellationToken);
            if (result == EnqueueResult.OverLimit)
            {
                logger.LogInformation("The digest of {UserId} waits: the user reached the mail limit.", userId);
            }
        }

        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        if (result is EnqueueResult.Queued or EnqueueResult.Duplicate)
        {
            await MarkAsync(selection.Include, NotificationMail.Digested, cancellationToken);
        }

        await MarkAsync(selection.Drop, NotificationMail.None, cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        return result;
    }

    private Task<int> MarkAsync(IReadOnlyList<long> ids, NotificationMail state, CancellationToken cancellationToken) =>
        ids.Count == 0 ? Task.FromResult(0)
            : db.Notifications.Where(n => ids.Contains(n.Id) && n.Mail == NotificationMail.AwaitingDigest)
                .ExecuteUpdateAsync(s => s.SetProperty(n => n.Mail, state), cancellationToken);
}
