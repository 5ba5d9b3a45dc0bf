namespace Marketplace.Web.Features.Notifications;

/// <summary>
/// Another way to reach people besides the in-app list, told about every notification just stored (never about
/// duplicates). E-mail (issue 8) plugs in here: an implementation puts each row in its outbox, choosing by the
/// recipient's preferences for <see cref="Notification.Kind"/> and rendering <see cref="Notification.TextKey"/> in the
/// recipient's language. Producers do not change. A channel must not throw: its failures are its own.
/// </summary>
public interface INotificationChannel
{
    Task DeliverAsync(IReadOnlyList<Notification> created, CancellationToken cancellationToken);
}
