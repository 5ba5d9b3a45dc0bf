using Marketplace.Web.Data;
using Marketplace.Web.Features.Mail.Outbox;
using Microsoft.EntityFrameworkCore;

namespace Marketplace.Web.Features.Notifications;

/// <summary>
/// The one way in for notifications: producers (adoption, forum, reviews, moderation) hand a <see cref="NotificationDraft"/>
/// and a list of users; this drops the actor, unknown users and those already told about the same event, caps the text
/// and stores one row each. Each row's mail is decided later from the row itself (<see cref="Notification.Mail"/>, by
/// <c>Mail.NotificationMailPlanner</c>), so producers know nothing of e-mail. Readers list, count and mark their own rows.
/// </summary>
public sealed partial class NotificationService(MarketplaceDbContext db, MailSignal mail, TimeProvider clock)
{
    /// <summary>Stores the draft for each user who should get it; returns how many rows were created.</summary>
    /// <exception cref="ArgumentException">The draft has no text key or dedupe key, or its URL is not a local path.</exception>
    public async Task<int> NotifyAsync(IEnumerable<string> userIds, NotificationDraft draft, CancellationToken cancellationToken = default)
    {
        Check(draft);
        var wanted = userIds.Where(id => !string.IsNullOrEmpty(id) && id != draft.ActorId).Distinct(StringComparer.Ordinal).ToList();
        if (wanted.Count == 0)
        {
            return 0;
        }

        // Only real accounts, and only those not yet told about this event.
        var recipients = await db.Users.Where(u => wanted.Contains(u.Id)).Select(u => u.Id).ToListAsync(cancellationToken);
        var told = await db.Notifications.Where(n => n.DedupeKey == draft.DedupeKey && recipients.Contains(n.UserId))
            .Select(n => n.UserId).ToListAsync(cancellationToken);
        var now = clock.GetUtcNow();
        var rows = recipients.Except(told, StringComparer.Ordinal).Select(id => Row(id, draft, now)).ToList();
        if (rows.Count == 0)
        {
            return 0;
        }

        db.Notifications.AddRange(rows);
        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateException)
        {
            // Someone stored the same event for one of them meanwhile: keep the others, one at a time.
            Forget(rows);
            rows = await SaveOneByOneAsync(rows, cancellationToken);
        }

        // The rows are stored with their mail undecided: wake this node's mail sender, whose planner decides them now
        // rather than at its next poll (another node's sender finds them at its poll).
        if (rows.Count > 0)
        {
            mail.Wake();
        }

        return rows.Count;
    }

    public Task<int> UnreadCountAsync(string userId, CancellationToken cancellationToken = default) =>
        db.Notifications.CountAsync(n => n.UserId == userId && n.ReadAt == null, cancellationToken);

    /// <summary>The user's notifications, newest first, <paramref name="limit"/> at a time after the id <paramref name="before"/>.</summary>
    public async Task<NotificationPage> ListAsync(string userId, bool unreadOnly, long? before, int limit, CancellationToken cancellationToken = default)
    {
        limit = Math.Clamp(limit, 1, 100);
        var query = db.Notifications.AsNoTracking().Where(n => n.UserId == userId);
        if (unreadOnly)
        {
            query = query.Where(n => n.ReadAt == null);
        }

        if (before is { } cursor)
        {
            query = query.Where(n => n.Id < cursor);
        }

        var items = await query.OrderByDescending(n => n.Id).Take(limit + 1).ToListAsync(cancellationToken);
        var more = items.Count > limit;
        if (more)
        {
            items.RemoveAt(limit);
        }

        return new NotificationPage(items, more ? items[^1].Id : null);
    }

    /// <summary>Marks one of the user's notifications read; null when it is not theirs or does not exist.</summary>
    public async Task<Notification?> MarkReadAsync(string userId, long id, CancellationToken cancellationToken = default)
    {
        var notification = await db.Notifications.SingleOrDefaultAsync(n => n.Id == id && n.UserId == userId, cancellationToken);
        if (notification is { ReadAt: null })
        {
            notification.ReadAt = clock.GetUtcNow();
            await db.SaveChangesAsync(cancellationToken);
        }

        return notification;
    }

    /// <summary>Marks every unread notification of the user read; returns how many changed.</summary>
    public Task<int> MarkAllReadAsync(string userId, CancellationToken cancellationToken = default)
    {
        var now = clock.GetUtcNow();
        return db.Notifications.Where(n => n.UserId == userId && n.ReadAt == null)
            .ExecuteUpdateAsync(s => s.SetProperty(n => n.ReadAt, now), cancellationToken);
    }

    internal static void Check(NotificationDraft draft)
    {
        if (string.IsNullOrWhiteSpace(draft.TextKey) || draft.TextKey.Length > NotificationRules.TextKeyMax)
        {
            throw new ArgumentException("A notification needs a text key of at most 100 characters.", nameof(draft));
        }

        if (string.IsNullOrWhiteSpace(draft.DedupeKey) || draft.DedupeKey.Length > NotificationRules.DedupeKeyMax)
        {
            throw new ArgumentException("A notification needs a dedupe key of at most 200 characters.", nameof(draft));
        }

        if (!NotificationRules.IsLocalUrl(draft.Url))
        {
            throw new ArgumentException($"A notification leads to a path on this site, not \"{draft.Url}\".", nameof(draft));
        }
    }

    private static Notification Row(string userId, NotificationDraft draft, DateTimeOffset now) => new()
    {
        UserId = userId,
        Kind = draft.Kind,
        TextKey = draft.TextKey,
        ArgsJson = NotificationRules.ArgsToJson(draft.Args),
        Excerpt = NotificationRules.Cap(draft.Excerpt, NotificationRules.ExcerptMax),
        Url = draft.Url,
        ActorName = NotificationRules.Cap(draft.ActorName, NotificationRules.ActorNameMax),
        CreatedAt = now,
        DedupeKey = draft.DedupeKey,
    };

    private async Task<List<Notification>> SaveOneByOneAsync(List<Notification> rows, CancellationToken cancellationToken)
    {
        var saved = new List<Notification>(rows.Count);
        foreach (var row in rows)
        {
            if (await db.Notifications.AnyAsync(n => n.UserId == row.UserId && n.DedupeKey == row.DedupeKey, cancellationToken))
            {
                continue;
            }

            row.Id = 0;
            db.Notifications.Add(row);
            try
            {
                await db.SaveChangesAsync(cancellationToken);
                saved.Add(row);
            }
            catch (DbUpdateException)
            {
                Forget([row]);
            }
        }

        return saved;
    }

    private void Forget(IEnumerable<object> entities)
    {
        foreach (var entity in entities)
        {
            db.Entry(entity).State = EntityState.Detached;
        }
    }
}

/// <summary>One page of a user's notifications and the cursor of the next (null on the last page).</summary>
public sealed record NotificationPage(IReadOnlyList<Notification> Items, long? Next);
