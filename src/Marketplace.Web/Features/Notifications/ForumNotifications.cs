using Marketplace.Web.Data;
using Marketplace.Web.Features.Forum;
using Microsoft.EntityFrameworkCore;

namespace Marketplace.Web.Features.Notifications;

/// <summary>
/// The forum's events as notifications: mentioned users first (a mention wins over a reply of the same post), then the
/// thread's watchers, or for a new thread the board's and the application's watchers. Whoever starts or answers a thread
/// watches it from then on, as in Discourse. Every reader of a members-only board is a signed-in member, so recipients
/// need no further filter. Works in its own scope and never throws: the post is saved whatever happens here.
/// </summary>
internal sealed class ForumNotifications(IServiceScopeFactory scopes, ILogger<ForumNotifications> logger) : IForumObserver
{
    public Task ThreadCreatedAsync(ForumThread thread, Post firstPost, IReadOnlyList<string> mentionedUserIds, CancellationToken cancellationToken) =>
        SafelyAsync(thread, firstPost, async (notifications, db) =>
        {
            var url = Quoting.ThreadUrl(thread.Id, thread.Title);
            await notifications.MentionedAsync(mentionedUserIds, firstPost.Id, thread.Title, url, firstPost.AuthorId, firstPost.AuthorName, Excerpt(firstPost), cancellationToken: cancellationToken);
            var board = await db.ForumBoards.AsNoTracking().Where(b => b.Id == thread.BoardId).Select(b => new { b.Name, b.AppId }).SingleAsync(cancellationToken);
            await notifications.NewThreadAsync(thread.BoardId, thread.Id, board.Name, thread.Title, url, firstPost.AuthorId, firstPost.AuthorName, board.AppId, Excerpt(firstPost), cancellationToken: cancellationToken);
            await notifications.WatchAsync(firstPost.AuthorId, WatchTarget.Thread, thread.Id, cancellationToken);
        }, cancellationToken);

    public Task PostCreatedAsync(ForumThread thread, Post post, IReadOnlyList<string> mentionedUserIds, CancellationToken cancellationToken) =>
        SafelyAsync(thread, post, async (notifications, _) =>
        {
            var url = Quoting.PostUrl(thread.Id, thread.Title, post.Number);
            await notifications.MentionedAsync(mentionedUserIds, post.Id, thread.Title, url, post.AuthorId, post.AuthorName, Excerpt(post), cancellationToken: cancellationToken);
            await notifications.RepliedAsync(thread.Id, post.Id, thread.Title, url, post.AuthorId, post.AuthorName, Excerpt(post), cancellationToken: cancellationToken);
            await notifications.WatchAsync(post.AuthorId, WatchTarget.Thread, thread.Id, cancellationToken);
        }, cancellationToken);

    public Task PostEditedAsync(ForumThread thread, Post post, IReadOnlyList<string> newlyMentionedUserIds, CancellationToken cancellationToken) =>
        newlyMentionedUserIds.Count == 0 ? Task.CompletedTask : SafelyAsync(thread, post, (notifications, _) =>
            notifications.MentionedAsync(newlyMentionedUserIds, post.Id, thread.Title, Quoting.PostUrl(thread.Id, thread.Title, post.Number),
                post.AuthorId, post.AuthorName, Excerpt(post), cancellationToken: cancellationToken), cancellationToken);

    // The service caps the excerpt without splitting a character.
    private static string Excerpt(Post post) => post.Body;

    private async Task SafelyAsync(ForumThread thread, Post post, Func<NotificationService, MarketplaceDbContext, Task> notify, CancellationToken cancellationToken)
    {
        try
        {
            await using var scope = scopes.CreateAsyncScope();
            await notify(scope.ServiceProvider.GetRequiredService<NotificationService>(), scope.ServiceProvider.GetRequiredService<MarketplaceDbContext>());
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
            // The request went away; the post is saved, its notifications are lost with the request.
        }
        catch (Exception exception)
        {
            logger.LogError(exception, "Notifying about post {PostId} in thread {ThreadId} failed.", post.Id, thread.Id);
        }
    }
}
