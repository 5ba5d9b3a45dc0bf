namespace Marketplace.Web.Features.Notifications;

/// <summary>
/// The forum's events, in plain ids, titles and paths so that the forum and notifications do not depend on each other's
/// types. Call them after the post or thread is saved. A mention and a reply of the same post share one dedupe key
/// ("post:{id}"): call <see cref="MentionedAsync"/> first and a mentioned watcher gets the mention only.
/// <paramref name="readersAmong"/> (optional everywhere) lets the forum keep only those who may still read the board.
/// </summary>
public sealed partial class NotificationService
{
    /// <summary>The users named with @ in a post (already resolved to user ids).</summary>
    public Task<int> MentionedAsync(
        IEnumerable<string> mentionedUserIds, long postId, string threadTitle, string url, string actorId, string actorName,
        string? excerpt = null, ReadersFilter? readersAmong = null, CancellationToken cancellationToken = default) =>
        ToReadersAsync(mentionedUserIds, readersAmong, new NotificationDraft(
            NotificationKind.Mention, "Forum.Mentioned", [actorName, threadTitle], url, PostKey(postId), actorId, actorName, excerpt), cancellationToken);

    /// <summary>A reply in a thread: everyone watching the thread hears of it.</summary>
    public async Task<int> RepliedAsync(
        long threadId, long postId, string threadTitle, string url, string actorId, string actorName,
        string? excerpt = null, ReadersFilter? readersAmong = null, CancellationToken cancellationToken = default) =>
        await ToReadersAsync(await WatchersOfAsync(WatchTarget.Thread, threadId, cancellationToken), readersAmong, new NotificationDraft(
            NotificationKind.Reply, "Forum.Replied", [actorName, threadTitle], url, PostKey(postId), actorId, actorName, excerpt), cancellationToken);

    /// <summary>
    /// A new thread in a board: the board's watchers hear of it, and, for an application's discussion board
    /// (<paramref name="appId"/>), those who watch the application.
    /// </summary>
    public async Task<int> NewThreadAsync(
        long boardId, long threadId, string boardName, string threadTitle, string url, string actorId, string actorName,
        long? appId = null, string? excerpt = null, ReadersFilter? readersAmong = null, CancellationToken cancellationToken = default)
    {
        var watchers = (await WatchersOfAsync(WatchTarget.Board, boardId, cancellationToken)).ToList();
        if (appId is { } app)
        {
            watchers.AddRange(await WatchersOfAsync(WatchTarget.App, app, cancellationToken));
        }

        return await ToReadersAsync(watchers, readersAmong, new NotificationDraft(
            NotificationKind.NewThread, "Forum.NewThread", [actorName, threadTitle, boardName], url, $"thread:{threadId}", actorId, actorName, excerpt),
            cancellationToken);
    }

    private static string PostKey(long postId) => $"post:{postId}";

    private async Task<int> ToReadersAsync(IEnumerable<string> userIds, ReadersFilter? readersAmong, NotificationDraft draft, CancellationToken cancellationToken)
    {
        var ids = userIds.Distinct(StringComparer.Ordinal).ToList();
        if (readersAmong is not null && ids.Count > 0)
        {
            ids = [.. await readersAmong(ids, cancellationToken)];
        }

        return await NotifyAsync(ids, draft, cancellationToken);
    }
}

/// <summary>Keeps, of the given user ids, those who may read what the notification is about.</summary>
public delegate Task<IReadOnlyCollection<string>> ReadersFilter(IReadOnlyCollection<string> userIds, CancellationToken cancellationToken);
