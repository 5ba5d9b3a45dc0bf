using System.ComponentModel.DataAnnotations;

namespace Marketplace.Web.Features.Mail;

/// <summary>
/// The <c>Mail</c> configuration section. Credentials come from configuration or the environment
/// (<c>Mail__Smtp__Password</c>), never from the repository.
/// </summary>
public sealed class MailOptions
{
    public const string Section = "Mail";

    [Required]
    public string FromName { get; set; } = "Forum Kominfo";

    [Required]
    [EmailAddress]
    public string FromAddress { get; set; } = "no-reply@forum.kominfo.go.id";

    /// <summary><see cref="MailProvider.Pickup"/> (the embedded default: .eml files) or <see cref="MailProvider.Smtp"/>.</summary>
    public MailProvider Provider { get; set; } = MailProvider.Pickup;

    public SmtpOptions Smtp { get; set; } = new();

    public OutboxOptions Outbox { get; set; } = new();

    /// <summary>At most this many messages to one user per hour; more are not queued (notifications wait for the digest).</summary>
    [Range(1, 10_000)]
    public int PerUserPerHour { get; set; } = 20;

    /// <summary>The hour (WIB, UTC+7) from which the daily digest is built.</summary>
    [Range(0, 23)]
    public int DigestHour { get; set; } = 7;
}

public enum MailProvider
{
    Pickup,
    Smtp,
}

/// <summary>How the connection to the SMTP server is secured (MailKit's SecureSocketOptions, by name).</summary>
public enum SmtpSecurity
{
    /// <summary>STARTTLS when the server offers it, plain otherwise. Only for a relay on a trusted network.</summary>
    Auto,

    /// <summary>Plain text; only for a relay on the same host or in tests.</summary>
    None,

    /// <summary>TLS from the first byte (usually port 465).</summary>
    SslOnConnect,

    /// <summary>STARTTLS, required (usually port 587); the default.</summary>
    StartTls,
}

public sealed class SmtpOptions
{
    public string? Host { get; set; }

    [Range(1, 65535)]
    public int Port { get; set; } = 587;

    public SmtpSecurity Security { get; set; } = SmtpSecurity.StartTls;

    /// <summary>Leave empty for a relay that accepts the platform by its address.</summary>
    public string? UserName { get; set; }

    public string? Password { get; set; }

    [Range(1, 300)]
    public int TimeoutSeconds { get; set; } = 30;
}

public sealed class OutboxOptions
{
    /// <summary>After this many failed attempts a message is Failed and waits for an administrator.</summary>
    [Range(1, 50)]
    public int MaxAttempts { get; set; } = 8;

    /// <summary>The wait after the first failure; each later failure doubles it up to <see cref="MaxRetryDelay"/>, then ±20 % jitter (so at most 1.2 × the maximum).</summary>
    public TimeSpan FirstRetryDelay { get; set; } = TimeSpan.FromSeconds(30);

    public TimeSpan MaxRetryDelay { get; set; } = TimeSpan.FromHours(2);

    /// <summary>How often the sender looks for due messages when nothing wakes it.</summary>
    public TimeSpan PollInterval { get; set; } = TimeSpan.FromSeconds(15);

    /// <summary>How long the mail lease lasts unless renewed; another node takes over after it lapses.</summary>
    public TimeSpan LeaseDuration { get; set; } = TimeSpan.FromSeconds(60);

    [Range(1, 1000)]
    public int BatchSize { get; set; } = 50;
}
