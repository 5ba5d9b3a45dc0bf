namespace Marketplace.Web.Features.Notifications;

/// <summary>
/// Resource anchor for the notifications' text (NotificationsText.id.resx, NotificationsText.en.resx), including the
/// sentences stored notifications name by key, so a notification reads in the reader's language.
/// </summary>
public sealed class NotificationsText;
