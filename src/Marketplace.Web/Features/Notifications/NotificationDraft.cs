namespace Marketplace.Web.Features.Notifications;

/// <summary>
/// What a producer says happened, before it is addressed to anyone: the kind, the sentence as a resource key of
/// <see cref="NotificationsText"/> with its arguments, where it leads, who did it, and a key naming the event so that
/// telling the same event twice notifies nobody twice. <see cref="NotificationService.NotifyAsync"/> caps and checks it.
/// </summary>
public sealed record NotificationDraft(
    NotificationKind Kind,
    string TextKey,
    IReadOnlyList<string?> Args,
    string Url,
    string DedupeKey,
    string? ActorId = null,
    string? ActorName = null,
    string? Excerpt = null);
