namespace Marketplace.Web.Features.Forum.Moderation;

/// <summary>
/// Told after a moderation change is saved, so the people it concerns hear of it (in-app now, e-mail later) without
/// moderation knowing how. An observer must not throw.
/// </summary>
public interface IModerationObserver
{
    /// <summary>A post was hidden, by a moderator or (<paramref name="automatic"/>) by the flag rule.</summary>
    Task PostHiddenAsync(ForumThread thread, Post post, string reason, bool automatic, CancellationToken cancellationToken);

    Task PostRestoredAsync(ForumThread thread, Post post, CancellationToken cancellationToken);

    Task UserSuspendedAsync(UserSuspension suspension, CancellationToken cancellationToken);
}
