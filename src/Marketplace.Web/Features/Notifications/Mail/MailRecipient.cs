namespace Marketplace.Web.Features.Notifications.Mail;

/// <summary>Who a notification mail goes to, and in which language ("id" or "en").</summary>
public sealed record MailRecipient(string UserId, string Address, string Name, string Culture);

/// <summary>A rendered message: a header-safe subject, the plain-text and HTML bodies, and its unsubscribe address.</summary>
public sealed record RenderedMail(string Subject, string TextBody, string HtmlBody, string UnsubscribeUrl);
