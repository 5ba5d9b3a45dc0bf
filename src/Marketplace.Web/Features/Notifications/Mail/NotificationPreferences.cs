using Marketplace.Web.Data;
using Microsoft.EntityFrameworkCore;

namespace Marketplace.Web.Features.Notifications.Mail;

/// <summary>
/// How each user wants each kind of notification by e-mail. No row means the kind's <see cref="Default"/>: what needs an
/// answer (a mention, an adoption, a review, moderation, an import) comes at once, the forum's traffic once a day.
/// Account messages are no preference: they are always sent and carry no unsubscribe link.
/// </summary>
public sealed class NotificationPreferences(MarketplaceDbContext db, TimeProvider clock)
{
    /// <summary>The kinds a user can choose for, in the order the settings page lists them.</summary>
    public static readonly IReadOnlyList<NotificationKind> Choosable =
    [
        NotificationKind.Mention, NotificationKind.Reply, NotificationKind.NewThread, NotificationKind.AdoptionRequested,
        NotificationKind.AdoptionMoved, NotificationKind.Review, NotificationKind.Moderation, NotificationKind.Import,
        NotificationKind.Recommendation,
    ];

    public static MailDelivery Default(NotificationKind kind) => kind switch
    {
        NotificationKind.Reply or NotificationKind.NewThread or NotificationKind.Recommendation => MailDelivery.DailyDigest,
        _ => MailDelivery.Immediately,
    };

    /// <summary>True for kinds a user may turn off (every kind but <see cref="NotificationKind.Account"/>).</summary>
    public static bool IsChoosable(NotificationKind kind) => Choosable.Contains(kind);

    /// <summary>The effective choice of every choosable kind for one user.</summary>
    public async Task<IReadOnlyDictionary<NotificationKind, MailDelivery>> ForUserAsync(string userId, CancellationToken cancellationToken) =>
        (await ForUsersAsync([userId], cancellationToken))[userId];

    /// <summary>The effective choices of several users, in one query.</summary>
    public async Task<IReadOnlyDictionary<string, IReadOnlyDictionary<NotificationKind, MailDelivery>>> ForUsersAsync(
        IReadOnlyCollection<string> userIds, CancellationToken cancellationToken)
    {
        var rows = await db.NotificationPreferences.AsNoTracking().Where(p => userIds.Contains(p.UserId))
            .Select(p => new { p.UserId, p.Kind, p.Delivery }).ToListAsync(cancellationToken);
        return userIds.Distinct(StringComparer.Ordinal).ToDictionary(
            id => id,
            id => Effective(rows.Where(r => r.UserId == id).Select(r => (r.Kind, r.Delivery))),
            StringComparer.Ordinal);
    }

    /// <summary>Defaults overlaid with the stored choices; account messages always come at once.</summary>
    public static IReadOnlyDictionary<NotificationKind, MailDelivery> Effective(IEnumerable<(NotificationKind Kind, MailDelivery Delivery)> stored)
    {
        var result = Enum.GetValues<NotificationKind>().ToDictionary(k => k, Default);
        foreach (var (kind, delivery) in stored.Where(s => IsChoosable(s.Kind)))
        {
            result[kind] = delivery;
        }

        return result;
    }

    /// <summary>Stores the given choices (only choosable kinds; anything else is refused before anything is saved).</summary>
    /// <exception cref="ArgumentException">A kind that cannot be chosen, or a delivery that is not defined.</exception>
    public Task SetAsync(string userId, IReadOnlyDictionary<NotificationKind, MailDelivery> choices, CancellationToken cancellationToken) =>
        SetAsync(userId, choices, retry: true, cancellationToken);

    private async Task SetAsync(string userId, IReadOnlyDictionary<NotificationKind, MailDelivery> choices, bool retry, CancellationToken cancellationToken)
    {
        if (choices.Keys.Where(k => !IsChoosable(k)).Select(k => (NotificationKind?)k).FirstOrDefault() is { } bad)
        {
            throw new ArgumentException($"Mail for {bad} cannot be chosen.", nameof(choices));
        }

        if (choices.Values.Any(d => !Enum.IsDefined(d)))
        {
            throw new ArgumentException("Unknown delivery.", nameof(choices));
        }

        var now = clock.GetUtcNow();
        var kinds = choices.Keys.ToList();
        var existing = await db.NotificationPreferences.Where(p => p.UserId == userId && kinds.Contains(p.Kind)).ToListAsync(cancellationToken);
        foreach (var (kind, delivery) in choices)
        {
            if (existing.FirstOrDefault(p => p.Kind == kind) is { } row)
            {
                if (row.Delivery != delivery)
                {
                    (row.Delivery, row.UpdatedAt) = (delivery, now);
                }
            }
            else
            {
                db.NotificationPreferences.Add(new NotificationPreference { UserId = userId, Kind = kind, Delivery = delivery, UpdatedAt = now });
            }
        }

        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateException) when (retry)
        {
            // A second save of the same user raced this one and inserted a row first: apply the choices over it.
            db.ChangeTracker.Clear();
            await SetAsync(userId, choices, retry: false, cancellationToken);
        }
    }

    /// <summary>Turns mail off for <paramref name="kinds"/>; returns the kinds that were on before.</summary>
    public async Task<IReadOnlyList<NotificationKind>> TurnOffAsync(string userId, IEnumerable<NotificationKind> kinds, CancellationToken cancellationToken)
    {
        var current = await ForUserAsync(userId, cancellationToken);
        var turnedOff = kinds.Where(IsChoosable).Distinct().Where(k => current[k] != MailDelivery.Off).ToList();
        if (turnedOff.Count > 0)
        {
            await SetAsync(userId, turnedOff.ToDictionary(k => k, _ => MailDelivery.Off), cancellationToken);
        }

        return turnedOff;
    }
}
