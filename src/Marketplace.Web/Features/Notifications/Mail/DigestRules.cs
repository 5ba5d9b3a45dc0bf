using System.Globalization;

namespace Marketplace.Web.Features.Notifications.Mail;

/// <summary>A notification waiting for the digest, as far as choosing it goes.</summary>
public sealed record DigestCandidate(long Id, NotificationKind Kind, DateTimeOffset CreatedAt, DateTimeOffset? ReadAt);

/// <summary>What the digest does with a user's waiting notifications: mail these, and drop those.</summary>
public sealed record DigestSelection(IReadOnlyList<long> Include, IReadOnlyList<long> Drop);

/// <summary>
/// The daily digest's rules, without a database or a clock. The digest is made once a day at <c>Mail:DigestHour</c> WIB
/// (UTC+7) and summarises what was waiting from before that moment. It goes only to a user who has not visited since:
/// a notification created at or before the user's last visit, or already read, is dropped, as is one whose kind the user
/// has since turned off.
/// </summary>
public static class DigestRules
{
    /// <summary>Western Indonesian Time, the clock of the digest hour.</summary>
    public static readonly TimeSpan Wib = TimeSpan.FromHours(7);

    /// <summary>How long after the digest moment the digest waits, so notifications saved just before it are committed.</summary>
    public static readonly TimeSpan Grace = TimeSpan.FromMinutes(1);

    /// <summary>The latest digest moment that is at least <see cref="Grace"/> before <paramref name="now"/>, in UTC.</summary>
    public static DateTimeOffset Cutoff(DateTimeOffset now, int digestHour)
    {
        var local = (now - Grace).ToOffset(Wib);
        var today = new DateTimeOffset(local.Year, local.Month, local.Day, digestHour, 0, 0, Wib);
        return (today <= local ? today : today.AddDays(-1)).ToUniversalTime();
    }

    /// <summary>The digest's day as the dedupe key names it: the WIB date of the cutoff.</summary>
    public static string Day(DateTimeOffset cutoff) => cutoff.ToOffset(Wib).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    public static DigestSelection Select(
        IEnumerable<DigestCandidate> waiting, DateTimeOffset? lastSeenAt, IReadOnlyDictionary<NotificationKind, MailDelivery> choices, bool canMail)
    {
        var include = new List<long>();
        var drop = new List<long>();
        foreach (var row in waiting.OrderBy(r => r.Id))
        {
            var stale = !canMail
                || row.ReadAt is not null
                || (lastSeenAt is { } seen && row.CreatedAt <= seen)
                || choices.GetValueOrDefault(row.Kind, NotificationPreferences.Default(row.Kind)) == MailDelivery.Off;
            (stale ? drop : include).Add(row.Id);
        }

        return new DigestSelection(include, drop);
    }
}
