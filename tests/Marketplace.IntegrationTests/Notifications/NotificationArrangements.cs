using Marketplace.IntegrationTests.Support;
using Marketplace.Testing;
using Marketplace.Web.Features.Notifications;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Marketplace.IntegrationTests.Notifications;

/// <summary>Notifications arranged and read through the host's own <see cref="NotificationService"/> and database.</summary>
internal static class NotificationArrangements
{
    public static async Task<T> WithServiceAsync<T>(MarketplaceHost host, Func<NotificationService, Task<T>> action)
    {
        await using var scope = host.Services.CreateAsyncScope();
        return await action(scope.ServiceProvider.GetRequiredService<NotificationService>());
    }

    /// <summary>A notification with a fresh dedupe key, as a producer would send it.</summary>
    public static NotificationDraft Draft(string? actorId = null, string url = "/katalog", string key = "Forum.Replied") =>
        new(NotificationKind.Reply, key, ["Budi Santoso", "Server bersama untuk SPBE"], url, "uji:" + Guid.NewGuid().ToString("N"), actorId, "Budi Santoso", "Kami memakai dua server.");

    public static Task<int> NotifyAsync(MarketplaceHost host, NotificationDraft draft, params string[] userIds) =>
        WithServiceAsync(host, s => s.NotifyAsync(userIds, draft));

    public static Task<List<Notification>> OfAsync(MarketplaceHost host, string userId) =>
        host.QueryAsync(db => db.Notifications.AsNoTracking().Where(n => n.UserId == userId).OrderBy(n => n.Id).ToListAsync());

    public static Task<List<Subscription>> SubscriptionsOfAsync(MarketplaceHost host, string userId) =>
        host.QueryAsync(db => db.Subscriptions.AsNoTracking().Where(s => s.UserId == userId).ToListAsync());
}
