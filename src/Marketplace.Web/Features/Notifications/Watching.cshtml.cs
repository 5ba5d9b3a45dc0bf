using Marketplace.Web.Features.Adoptions;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Marketplace.Web.Features.Accounts;

namespace Marketplace.Web.Features.Notifications;

/// <summary>What the user watches (/notifikasi/pantauan), each with its title, address and a button to stop watching.</summary>
[Authorize]
public sealed class WatchingModel(NotificationService notifications, IEnumerable<IWatchTargets> targets) : PageModel
{
    public IReadOnlyList<WatchedEntry> Entries { get; private set; } = [];

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        var subscriptions = await notifications.WatchedByAsync(User.UserId()!, cancellationToken);
        var described = new Dictionary<WatchTarget, IReadOnlyDictionary<long, WatchedItem>>();
        foreach (var group in subscriptions.GroupBy(s => s.TargetKind))
        {
            if (targets.FirstOrDefault(t => t.Kind == group.Key) is { } known)
            {
                described[group.Key] = await known.DescribeAsync([.. group.Select(s => s.TargetId)], cancellationToken);
            }
        }

        Entries = [.. subscriptions.Select(s => new WatchedEntry(s, described.GetValueOrDefault(s.TargetKind)?.GetValueOrDefault(s.TargetId)))];
    }
}

/// <summary>One subscription and, when its target still exists, what it is.</summary>
public sealed record WatchedEntry(Subscription Subscription, WatchedItem? Item);
