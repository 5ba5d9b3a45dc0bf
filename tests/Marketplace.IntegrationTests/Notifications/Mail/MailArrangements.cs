using Marketplace.IntegrationTests.Support;
using Marketplace.Testing;
using Marketplace.Web.Features.Mail.Outbox;
using Marketplace.Web.Features.Notifications;
using Microsoft.EntityFrameworkCore;

namespace Marketplace.IntegrationTests.Notifications.Mail;

/// <summary>Waiting for the mail planner and digest (they run in the background) and reading their results.</summary>
internal static class MailArrangements
{
    public static string Handle(string email) => email.Split('@')[0];

    public static Task SetCultureAsync(MarketplaceHost host, string userId, string culture) =>
        host.QueryAsync(db => db.Users.Where(u => u.Id == userId).ExecuteUpdateAsync(s => s.SetProperty(u => u.PreferredCulture, culture)));

    /// <summary>Waits until every notification of the user is decided as <paramref name="expected"/>; returns them.</summary>
    public static async Task<List<Notification>> WaitForMailStateAsync(MarketplaceHost host, string userId, NotificationMail expected, int count = 1)
    {
        var until = DateTime.UtcNow + TimeSpan.FromSeconds(20);
        while (true)
        {
            var rows = await NotificationArrangements.OfAsync(host, userId);
            if (rows.Count >= count && rows.All(r => r.Mail == expected))
            {
                return rows;
            }

            if (DateTime.UtcNow > until)
            {
                throw new TimeoutException($"The notifications of {userId} are {string.Join(", ", rows.Select(r => r.Mail))}, not all {expected}.");
            }

            await Task.Delay(100);
        }
    }

    public static Task<List<OutboxMail>> OutboxOfAsync(MarketplaceHost host, string userId) =>
        host.QueryAsync(db => db.MailOutbox.AsNoTracking().Where(m => m.UserId == userId).OrderBy(m => m.Id).ToListAsync());

    public static Task<Dictionary<NotificationKind, MailDelivery>> StoredPreferencesAsync(MarketplaceHost host, string userId) =>
        host.QueryAsync(db => db.NotificationPreferences.AsNoTracking().Where(p => p.UserId == userId).ToDictionaryAsync(p => p.Kind, p => p.Delivery));
}
