using System.ComponentModel.DataAnnotations;

namespace Marketplace.Web.Features.Mail;

/// <summary>The <c>Mail</c> configuration section.</summary>
public sealed class MailOptions
{
    public const string Section = "Mail";

    [Required]
    public string FromName { get; set; } = "Forum Kominfo";

    [Required]
    [EmailAddress]
    public string FromAddress { get; set; } = "no-reply@forum.kominfo.go.id";
}
