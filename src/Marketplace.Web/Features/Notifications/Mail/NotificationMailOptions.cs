using System.ComponentModel.DataAnnotations;

namespace Marketplace.Web.Features.Notifications.Mail;

/// <summary>The notification side of the <c>Mail</c> configuration section.</summary>
public sealed class NotificationMailOptions
{
    public const string Section = "Mail";

    /// <summary>The hour (0 to 23, WIB, UTC+7) at or after which the daily digest is made.</summary>
    [Range(0, 23)]
    public int DigestHour { get; set; } = 7;
}
