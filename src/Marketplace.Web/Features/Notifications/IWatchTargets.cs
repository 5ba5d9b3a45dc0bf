using System.Security.Claims;

namespace Marketplace.Web.Features.Notifications;

/// <summary>
/// What one kind of watchable thing (applications here; threads and boards from the forum) tells the subscription pages:
/// whether the user may watch a given one (it exists and they may read it), and its title and address for the list of
/// what the user watches. A kind without an implementation cannot be watched through /notifikasi/pantau.
/// </summary>
public interface IWatchTargets
{
    WatchTarget Kind { get; }

    Task<bool> CanWatchAsync(ClaimsPrincipal user, long targetId, CancellationToken cancellationToken);

    /// <summary>Title and local path of each id that still exists.</summary>
    Task<IReadOnlyDictionary<long, WatchedItem>> DescribeAsync(IReadOnlyCollection<long> targetIds, CancellationToken cancellationToken);
}

/// <summary>A watched thing as the list shows it.</summary>
public sealed record WatchedItem(string Title, string Url);
