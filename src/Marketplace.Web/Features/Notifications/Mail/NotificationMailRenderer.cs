using System.Text;
using System.Text.Encodings.Web;
using Marketplace.Web.Features.Accounts;
using Marketplace.Web.Features.Mail;
using Microsoft.Extensions.Localization;

namespace Marketplace.Web.Features.Notifications.Mail;

/// <summary>
/// Notification mail in the recipient's language: the same sentence as the in-app list (the stored resource key and
/// arguments), the excerpt quoted, an absolute link, and a footer with the settings page and a signed unsubscribe link.
/// Every piece of user text is HTML-encoded in the HTML part; the subject has its control characters and line breaks
/// collapsed to spaces, so no user text can add a header.
/// </summary>
public sealed class NotificationMailRenderer(IStringLocalizer<NotificationsText> text, SiteLinks links, UnsubscribeTokens tokens)
{
    public const int SubjectMax = 200;
    public const string SettingsPath = "/notifikasi/pengaturan";
    private static readonly HtmlEncoder Html = HtmlEncoder.Default;

    public RenderedMail Render(Notification notification, MailRecipient to) => MailCulture.Run(to.Culture, () =>
    {
        var sentence = Sentence(notification);
        var url = links.Absolute(notification.Url);
        var kind = text["Kind." + notification.Kind].Value;
        var unsubscribe = UnsubscribeUrl(new UnsubscribeScope(to.UserId, notification.Kind));
        var footer = new Footer(text["Mail.Why", kind], text["Mail.Unsubscribe", kind], unsubscribe);

        var plain = new StringBuilder()
            .Append(text["Mail.Greeting", to.Name].Value).Append("\n\n")
            .Append(sentence).Append("\n\n");
        if (notification.Excerpt is { } excerpt)
        {
            plain.Append("> ").Append(excerpt).Append("\n\n");
        }

        plain.Append(text["Mail.Open"].Value).Append(": ").Append(url).Append('\n');

        var html = new StringBuilder()
            .Append("<p>").Append(Html.Encode(text["Mail.Greeting", to.Name].Value)).Append("</p>")
            .Append("<p>").Append(Html.Encode(sentence)).Append("</p>");
        if (notification.Excerpt is { } quoted)
        {
            html.Append("<blockquote>").Append(Html.Encode(quoted)).Append("</blockquote>");
        }

        html.Append(Link(url, text["Mail.Open"].Value));
        return Finish(Subject(sentence), plain, html, footer, to.Culture);
    });

    /// <summary>One message for several notifications, oldest first.</summary>
    public RenderedMail RenderDigest(IReadOnlyList<Notification> notifications, MailRecipient to) => MailCulture.Run(to.Culture, () =>
    {
        var unsubscribe = UnsubscribeUrl(new UnsubscribeScope(to.UserId, null));
        var footer = new Footer(text["Mail.Digest.Why"].Value, text["Mail.Digest.Unsubscribe"].Value, unsubscribe);
        var plain = new StringBuilder()
            .Append(text["Mail.Greeting", to.Name].Value).Append("\n\n")
            .Append(text["Mail.Digest.Lead"].Value).Append("\n\n");
        var html = new StringBuilder()
            .Append("<p>").Append(Html.Encode(text["Mail.Greeting", to.Name].Value)).Append("</p>")
            .Append("<p>").Append(Html.Encode(text["Mail.Digest.Lead"].Value)).Append("</p><ul>");
        foreach (var notification in notifications)
        {
            var sentence = Sentence(notification);
            var url = links.Absolute(notification.Url);
            plain.Append("* ").Append(sentence).Append('\n');
            html.Append("<li><p><a href=\"").Append(Html.Encode(url)).Append("\">").Append(Html.Encode(sentence)).Append("</a></p>");
            if (notification.Excerpt is { } excerpt)
            {
                plain.Append("  > ").Append(excerpt).Append('\n');
                html.Append("<blockquote>").Append(Html.Encode(excerpt)).Append("</blockquote>");
            }

            plain.Append("  ").Append(url).Append("\n\n");
            html.Append("</li>");
        }

        html.Append("</ul>");
        return Finish(Subject(text["Mail.Digest.Subject", notifications.Count].Value), plain, html, footer, to.Culture);
    });

    /// <summary>
    /// A header-safe subject: control characters (CR and LF among them) and runs of white space become one space, and the
    /// result is capped at <see cref="SubjectMax"/> characters without splitting a character.
    /// </summary>
    public static string Subject(string sentence)
    {
        var spaced = new string([.. sentence.Select(c => char.IsControl(c) ? ' ' : c)]);
        return NotificationRules.Cap(spaced, SubjectMax) ?? "Forum Kominfo";
    }

    private string Sentence(Notification notification)
    {
        var sentence = text[notification.TextKey, NotificationRules.ArgsFromJson(notification.ArgsJson).Cast<object>().ToArray()];
        return sentence.ResourceNotFound ? text["Fallback", notification.ActorName ?? "Forum Kominfo"].Value : sentence.Value;
    }

    private string UnsubscribeUrl(UnsubscribeScope scope) => links.Absolute("/surat/berhenti/" + tokens.Create(scope));

    private RenderedMail Finish(string subject, StringBuilder plain, StringBuilder html, Footer footer, string culture)
    {
        var settings = links.Absolute(SettingsPath);
        var settingsLabel = text["Mail.Settings"].Value;
        plain.Append("\n-- \n").Append(footer.Why).Append('\n')
            .Append(settingsLabel).Append(": ").Append(settings).Append('\n')
            .Append(footer.UnsubscribeLabel).Append(": ").Append(footer.UnsubscribeUrl).Append('\n');
        html.Append("<hr><p><small>").Append(Html.Encode(footer.Why)).Append("</small></p><p><small>")
            .Append(Link(settings, settingsLabel, paragraph: false)).Append(" · ")
            .Append(Link(footer.UnsubscribeUrl, footer.UnsubscribeLabel, paragraph: false)).Append("</small></p>");
        var document = $"<!DOCTYPE html><html lang=\"{MailCulture.Of(culture)}\"><head><meta charset=\"utf-8\"><title>{Html.Encode(subject)}</title></head><body>{html}</body></html>";
        return new RenderedMail(subject, plain.ToString(), document, footer.UnsubscribeUrl);
    }

    private static string Link(string url, string label, bool paragraph = true)
    {
        var link = $"<a href=\"{Html.Encode(url)}\">{Html.Encode(label)}</a>";
        return paragraph ? $"<p>{link}</p>" : link;
    }

    private sealed record Footer(string Why, string UnsubscribeLabel, string UnsubscribeUrl);
}
