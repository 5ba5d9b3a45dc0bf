namespace Marketplace.Web.Features.Forum;

/// <summary>
/// Told by <see cref="ForumService"/> after a thread or post is saved, with the users its body mentions (already resolved
/// to accounts). Notifications (in-app now, e-mail later) and watchers plug in here without the forum knowing them.
/// An observer must not throw.
/// </summary>
public interface IForumObserver
{
    Task ThreadCreatedAsync(ForumThread thread, Post firstPost, IReadOnlyList<string> mentionedUserIds, CancellationToken cancellationToken);

    Task PostCreatedAsync(ForumThread thread, Post post, IReadOnlyList<string> mentionedUserIds, CancellationToken cancellationToken);

    /// <summary>After an edit, with only the users the edit newly mentions.</summary>
    Task PostEditedAsync(ForumThread thread, Post post, IReadOnlyList<string> newlyMentionedUserIds, CancellationToken cancellationToken);
}

/// <summary>
/// Whether a user may not post now. Moderation (Forum/Moderation/ForumSuspensions) answers it.
/// </summary>
public interface IForumSuspensions
{
    Task<bool> IsSuspendedAsync(string userId, CancellationToken cancellationToken);
}
