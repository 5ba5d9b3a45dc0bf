using System.Globalization;
using Marketplace.Web.Features.Forum;
using Marketplace.Web.Features.Forum.Moderation;

namespace Marketplace.Web.Features.Notifications;

/// <summary>
/// Moderation's changes as notifications to the member they concern: the author of a post hidden (by a moderator or by
/// flags) or restored, and a suspended member with the end and the reason. Works in its own scope and never throws: the
/// moderation change is saved whatever happens here. E-mail follows from the stored rows (Notifications/Mail).
/// </summary>
internal sealed class ModerationNotifications(IServiceScopeFactory scopes, ILogger<ModerationNotifications> logger) : IModerationObserver
{
    public Task PostHiddenAsync(ForumThread thread, Post post, string reason, bool automatic, CancellationToken cancellationToken) =>
        SafelyAsync(post.AuthorId, new NotificationDraft(NotificationKind.Moderation, automatic ? "Moderation.HiddenByFlags" : "Moderation.Hidden",
            [post.Number.ToString(CultureInfo.InvariantCulture), thread.Title, reason], Quoting.PostUrl(thread.Id, thread.Title, post.Number),
            $"moderation:hidden:{post.Id}:{Stamp(post.HiddenAt)}"), cancellationToken);

    public Task PostRestoredAsync(ForumThread thread, Post post, CancellationToken cancellationToken) =>
        SafelyAsync(post.AuthorId, new NotificationDraft(NotificationKind.Moderation, "Moderation.Restored",
            [post.Number.ToString(CultureInfo.InvariantCulture), thread.Title], Quoting.PostUrl(thread.Id, thread.Title, post.Number),
            $"moderation:restored:{post.Id}:{DateTimeOffset.UtcNow.UtcTicks}"), cancellationToken);

    public Task UserSuspendedAsync(UserSuspension suspension, CancellationToken cancellationToken) =>
        SafelyAsync(suspension.UserId, new NotificationDraft(NotificationKind.Moderation, "Moderation.Suspended",
            [suspension.Until.ToOffset(TimeSpan.FromHours(7)).ToString("yyyy-MM-dd HH.mm", CultureInfo.InvariantCulture) + " WIB", suspension.Reason], "/forum",
            $"moderation:suspended:{suspension.Id}", suspension.ById, suspension.ByName), cancellationToken);

    private static string Stamp(DateTimeOffset? at) => (at ?? DateTimeOffset.UtcNow).UtcTicks.ToString(CultureInfo.InvariantCulture);

    private async Task SafelyAsync(string userId, NotificationDraft draft, CancellationToken cancellationToken)
    {
        try
        {
            await using var scope = scopes.CreateAsyncScope();
            await scope.ServiceProvider.GetRequiredService<NotificationService>().NotifyAsync([userId], draft, cancellationToken);
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
            // The request went away; the change is saved, its notification is lost with the request.
        }
        catch (Exception exception)
        {
            logger.LogError(exception, "Notifying {UserId} about moderation ({Key}) failed.", userId, draft.TextKey);
        }
    }
}
