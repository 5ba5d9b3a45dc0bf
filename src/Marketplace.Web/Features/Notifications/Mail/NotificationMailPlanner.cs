using Marketplace.Web.Data;
using Marketplace.Web.Features.Mail;
using Microsoft.EntityFrameworkCore;

namespace Marketplace.Web.Features.Notifications.Mail;

/// <summary>
/// Decides the mail of new notifications (<see cref="NotificationMail.Pending"/>), a batch at a time in id order, by the
/// recipient's choice for the kind: at once (rendered and queued, keyed "notification:{id}", so a rerun after a crash
/// queues nothing twice), in the daily digest, or not at all (the kind is off, or the account has no confirmed address or
/// is not approved). A message over the per-user limit waits for the digest instead, so nothing is lost. The decisions of
/// a batch are saved together, only over rows still pending.
/// </summary>
internal sealed class NotificationMailPlanner(
    MarketplaceDbContext db, NotificationPreferences preferences, NotificationMailRenderer renderer, IMailOutbox outbox,
    IHostApplicationLifetime lifetime, ILogger<NotificationMailPlanner> logger) : IMailJob
{
    public const int BatchSize = 200;

    public async Task<int> RunAsync(CancellationToken cancellationToken)
    {
        // Links in mail may come from the listening address, known once the server has started.
        if (!lifetime.ApplicationStarted.IsCancellationRequested)
        {
            return 0;
        }

        var queued = 0;
        while (!cancellationToken.IsCancellationRequested)
        {
            var (count, more) = await RunBatchAsync(cancellationToken);
            queued += count;
            if (!more)
            {
                break;
            }
        }

        return queued;
    }

    private async Task<(int Queued, bool More)> RunBatchAsync(CancellationToken cancellationToken)
    {
        var rows = await db.Notifications.AsNoTracking().Where(n => n.Mail == NotificationMail.Pending)
            .OrderBy(n => n.Id).Take(BatchSize).ToListAsync(cancellationToken);
        if (rows.Count == 0)
        {
            return (0, false);
        }

        var userIds = rows.Select(r => r.UserId).Distinct().ToList();
        var recipients = await MailRecipients.FindAsync(db, userIds, cancellationToken);
        var choices = await preferences.ForUsersAsync(userIds, cancellationToken);
        var decisions = new Dictionary<long, NotificationMail>();
        var queued = 0;
        foreach (var row in rows)
        {
            var to = recipients.GetValueOrDefault(row.UserId);
            var decision = to is null ? NotificationMail.None : choices[row.UserId][row.Kind] switch
            {
                MailDelivery.Immediately => await QueueAsync(row, to, cancellationToken),
                MailDelivery.DailyDigest => NotificationMail.AwaitingDigest,
                _ => NotificationMail.None,
            };
            queued += decision == NotificationMail.Queued ? 1 : 0;
            decisions[row.Id] = decision;
        }

        await SaveAsync(decisions, cancellationToken);
        return (queued, rows.Count == BatchSize);
    }

    private async Task<NotificationMail> QueueAsync(Notification row, MailRecipient to, CancellationToken cancellationToken)
    {
        try
        {
            var mail = renderer.Render(row, to);
            var result = await outbox.EnqueueAsync(
                new MailDraft($"notification:{row.Id}", to.UserId, to.Address, to.Name, to.Culture, row.Kind.ToString(),
                    mail.Subject, mail.TextBody, mail.HtmlBody, mail.UnsubscribeUrl),
                cancellationToken);
            if (result == EnqueueResult.OverLimit)
            {
                logger.LogInformation("Notification {NotificationId} waits for the digest: {UserId} reached the mail limit.", row.Id, to.UserId);
                return NotificationMail.AwaitingDigest;
            }

            return NotificationMail.Queued;
        }
        catch (ArgumentException exception)
        {
            // The address or a header was refused: this notification cannot be mailed, the others still can.
            logger.LogWarning(exception, "Notification {NotificationId} was not mailed to {UserId}.", row.Id, to.UserId);
            return NotificationMail.None;
        }
    }

    private async Task SaveAsync(Dictionary<long, NotificationMail> decisions, CancellationToken cancellationToken)
    {
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        foreach (var group in decisions.GroupBy(d => d.Value, d => d.Key))
        {
            var ids = group.ToList();
            var state = group.Key;
            await db.Notifications.Where(n => ids.Contains(n.Id) && n.Mail == NotificationMail.Pending)
                .ExecuteUpdateAsync(s => s.SetProperty(n => n.Mail, state), cancellationToken);
        }

        await transaction.CommitAsync(cancellationToken);
    }
}
