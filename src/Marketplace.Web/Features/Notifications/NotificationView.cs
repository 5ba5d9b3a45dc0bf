using Microsoft.Extensions.Localization;

namespace Marketplace.Web.Features.Notifications;

/// <summary>A stored notification as one reader sees it: the sentence rendered in the request's language.</summary>
public sealed record NotificationView(
    long Id, NotificationKind Kind, string KindLabel, string Text, string? Excerpt, string Url, string? ActorName, DateTimeOffset CreatedAt, DateTimeOffset? ReadAt)
{
    public bool IsRead => ReadAt is not null;

    public static NotificationView From(Notification n, IStringLocalizer<NotificationsText> text)
    {
        var sentence = text[n.TextKey, NotificationRules.ArgsFromJson(n.ArgsJson).Cast<object>().ToArray()];
        return new(n.Id, n.Kind, text["Kind." + n.Kind], sentence.ResourceNotFound ? text["Fallback", n.ActorName ?? ""] : sentence,
            n.Excerpt, n.Url, n.ActorName, n.CreatedAt, n.ReadAt);
    }
}
