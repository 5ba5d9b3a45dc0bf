using Marketplace.Web;
using Marketplace.Web.Features.Accounts;
using Marketplace.Web.Features.Notifications;
using Marketplace.Web.Features.Notifications.Mail;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Localization;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;

namespace Marketplace.Tests.Notifications.Mail;

/// <summary>The real renderer, tokens and resources, on an in-memory key ring and a configured public address.</summary>
internal static class MailTestParts
{
    public const string PublicUrl = "https://forum.kominfo.go.id";

    public static UnsubscribeTokens Tokens(IDataProtectionProvider? provider = null) => new(provider ?? new EphemeralDataProtectionProvider());

    public static NotificationMailRenderer Renderer(UnsubscribeTokens? tokens = null) => new(
        new StringLocalizer<NotificationsText>(new ResourceManagerStringLocalizerFactory(Options.Create(new LocalizationOptions()), NullLoggerFactory.Instance)),
        new SiteLinks(Options.Create(new MarketplaceOptions { PublicUrl = PublicUrl }), new HttpContextAccessor()),
        tokens ?? Tokens());

    public static Notification Mention(string actor = "Budi Santoso", string title = "Kapasitas server daerah", string? excerpt = "Dua server cukup, tanya @andi.") => new()
    {
        Id = 42,
        UserId = "user-1",
        Kind = NotificationKind.Mention,
        TextKey = "Forum.Mentioned",
        ArgsJson = NotificationRules.ArgsToJson([actor, title]),
        Excerpt = excerpt,
        Url = "/forum/t/7/kapasitas-server-daerah#p3",
        ActorName = actor,
        CreatedAt = DateTimeOffset.UtcNow,
        DedupeKey = "post:3",
    };

    public static MailRecipient Recipient(string culture = "id") => new("user-1", "andi.pratama@singkawangkota.go.id", "Andi Pratama", culture);
}
